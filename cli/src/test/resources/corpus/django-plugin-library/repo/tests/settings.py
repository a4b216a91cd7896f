SECRET_KEY = "tests-only"
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "django_audit_trail"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
