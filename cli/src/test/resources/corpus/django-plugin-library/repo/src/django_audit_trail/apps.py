from django.apps import AppConfig


class AuditTrailConfig(AppConfig):
    name = "django_audit_trail"
    default_auto_field = "django.db.models.BigAutoField"
