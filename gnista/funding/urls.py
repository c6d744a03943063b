from django.urls import path

from .views import applications, assessments, criteria, funds

app_name = "funding"

urlpatterns = [
    path("applications/", applications.application_list, name="applications"),
    path("applications/new/", applications.application_start, name="application-start"),
    path("initiatives/<slug:slug>/apply/", applications.application_new, name="application-new"),
    path("applications/<int:pk>/", applications.application_detail, name="application"),
    path("applications/<int:pk>/edit/", applications.application_edit, name="application-edit"),
    path("applications/<int:pk>/submit/", applications.application_submit, name="application-submit"),
    path("applications/<int:pk>/withdraw/", applications.application_withdraw, name="application-withdraw"),
    path("applications/<int:pk>/assess/", assessments.assess, name="assess"),
    path("applications/<int:pk>/grant/", funds.grant, name="grant"),
    path("applications/<int:pk>/reject/", funds.reject, name="reject"),
    path("grants/<int:pk>/spending/", funds.spending_new, name="spending-new"),
    path("assessments/", assessments.assessment_list, name="assessments"),
    path("rounds/<int:pk>/", assessments.round_detail, name="round"),
    path("rounds/<int:pk>/edit/", funds.round_edit, name="round-edit"),
    path("funds/", funds.fund_list, name="funds"),
    path("funds/new/", funds.fund_new, name="fund-new"),
    path("funds/<slug:slug>/", funds.fund_detail, name="fund"),
    path("funds/<slug:slug>/edit/", funds.fund_edit, name="fund-edit"),
    path("funds/<slug:slug>/rounds/new/", funds.round_new, name="round-new"),
    path("criteria/", criteria.criterion_list, name="criteria"),
    path("criteria/new/", criteria.criterion_new, name="criterion-new"),
    path("criteria/<int:pk>/revise/", criteria.criterion_revise, name="criterion-revise"),
    path("criteria/<int:pk>/retire/", criteria.criterion_retire, name="criterion-retire"),
]
