"""Write-side services: the admin, the API and the Celery tasks all call these functions."""
