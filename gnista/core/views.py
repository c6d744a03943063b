from django.db import connection
from django.http import JsonResponse


def healthz(request):
    """The process is alive; says nothing about the database."""
    return JsonResponse({"status": "ok"})


def readyz(request):
    """The process can serve requests: the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any failure to reach the database means not ready
        return JsonResponse({"status": "unavailable", "database": type(error).__name__}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
