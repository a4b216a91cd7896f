from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    model = models.CharField(max_length=200)
    object_id = models.CharField(max_length=64)
    changed_at = models.DateTimeField(auto_now_add=True)
