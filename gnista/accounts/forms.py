from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms

from gnista.core.forms import HoneypotMixin

from .models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "language", "notifications"]
        widgets = {"notifications": forms.RadioSelect}


class SignupForm(HoneypotMixin, AllauthSignupForm):
    """allauth's sign-up with a honeypot field against bots."""
