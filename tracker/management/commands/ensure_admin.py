import os
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the 'admin' superuser once (password from DJANGO_ADMIN_PASSWORD or generated) and print the login."

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        password_file = settings.VAR_DIR / "admin-password.txt"
        username = os.environ.get("DJANGO_ADMIN_USER", "admin")
        if user_model.objects.filter(username=username).exists():
            saved = password_file.read_text().strip() if password_file.exists() else "(unchanged)"
            self.stdout.write(f"Admin login: {username} / {saved}")
            return
        password = os.environ.get("DJANGO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        user_model.objects.create_superuser(username=username, email="", password=password)
        password_file.parent.mkdir(parents=True, exist_ok=True)
        password_file.write_text(password + "\n")
        password_file.chmod(0o600)
        self.stdout.write(f"Admin login: {username} / {password}")
