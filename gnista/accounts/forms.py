from django import forms

from .models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "language", "notifications"]
        widgets = {"notifications": forms.RadioSelect}
