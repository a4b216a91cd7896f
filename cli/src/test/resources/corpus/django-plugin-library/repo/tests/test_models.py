import pytest

from django_audit_trail.models import AuditEntry


@pytest.mark.django_db
def test_an_entry_records_the_model():
    entry = AuditEntry.objects.create(model="shop.Order", object_id="1")
    assert entry.changed_at is not None
