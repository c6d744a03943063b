import io

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from gnista.core.forms import HoneypotMixin
from gnista.portfolio.models import Area, Organisation

from .models import Affiliation, Comment, Contribution, Idea, Offer, Report

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def clean_attachment(upload):
    """Accept a PDF or an image up to 5 MB. Images are decoded and encoded again, which
    drops metadata (location!) and anything hidden in the file."""
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(_("The file is larger than 5 MB."))
    head = upload.read(5)
    upload.seek(0)
    if head == b"%PDF-":
        return SimpleUploadedFile(_safe_name(upload.name, "pdf"), upload.read(), "application/pdf")
    try:
        with Image.open(upload) as image:
            image.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in IMAGE_FORMATS:
                raise ValidationError(_("Attach a PDF, or an image in JPEG, PNG or WebP format."))
            image.load()
            clean = image.convert("RGB") if image.format == "JPEG" else image.copy()
            output = io.BytesIO()
            clean.save(output, format=image.format)
            extension = IMAGE_FORMATS[image.format]
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as error:
        raise ValidationError(_("Attach a PDF, or an image in JPEG, PNG or WebP format.")) from error
    return SimpleUploadedFile(_safe_name(upload.name, extension), output.getvalue(), f"image/{extension}")


def _safe_name(name: str, extension: str) -> str:
    stem = "".join(ch for ch in name.rsplit(".", 1)[0] if ch.isalnum() or ch in "-_")[:50] or "file"
    return f"{stem}.{extension}"


class IdeaForm(HoneypotMixin, forms.ModelForm):
    areas = forms.ModelMultipleChoiceField(
        label=_("Areas"), queryset=Area.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    confirm_public_record = forms.BooleanField(
        label=_("I understand that my idea becomes a public record that anyone may read."),
        required=True,
        error_messages={"required": _("Confirm that you understand that the idea becomes a public record.")},
    )

    class Meta:
        model = Idea
        fields = ["title", "description", "need", "areas", "attachment"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "need": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "need": _("Who has the need, and what is hard for them today?"),
            "attachment": _("Optional: a PDF or an image (JPEG, PNG or WebP), at most 5 MB."),
        }

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload and hasattr(upload, "content_type"):
            return clean_attachment(upload)
        return upload


class CommentForm(HoneypotMixin, forms.ModelForm):
    parent = forms.ModelChoiceField(queryset=Comment.objects.none(), required=False, widget=forms.HiddenInput)

    class Meta:
        model = Comment
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, idea=None, **kwargs):
        super().__init__(*args, **kwargs)
        if idea is not None:
            self.fields["parent"].queryset = idea.comments.filter(parent__isnull=True)


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = ["reason"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 2})}


class OfferForm(HoneypotMixin, forms.ModelForm):
    contributions = forms.MultipleChoiceField(
        label=_("What you bring"), choices=Contribution.choices, widget=forms.CheckboxSelectMultiple
    )
    organisation = forms.ModelChoiceField(
        label=_("On behalf of"),
        queryset=Organisation.objects.all(),
        required=False,
        empty_label=_("Myself"),
    )

    class Meta:
        model = Offer
        fields = ["contributions", "organisation", "message", "contact_consent", "show_organisation"]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class AffiliationForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(
        label=_("Your organisation"), queryset=Organisation.objects.all(), required=False
    )

    class Meta:
        model = Affiliation
        fields = ["organisation", "requested_name"]
