"""The `gnista` console command: `gnista serve`, `gnista worker`, and every management command."""

import argparse
import os
import sys


def serve(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="gnista serve", description="Serve gnista with gunicorn.")
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
    args = parser.parse_args(argv)

    import django
    from django.conf import settings
    from django.core.management import call_command

    django.setup()
    if settings.PRODUCTION_REFUSAL:
        sys.exit(settings.PRODUCTION_REFUSAL)
    call_command("collectstatic", interactive=False, verbosity=0)
    os.execv(
        sys.executable,
        [
            sys.executable,
            "-m",
            "gunicorn",
            "gnista.wsgi:application",
            "--bind",
            f"{args.host}:{args.port}",
            "--workers",
            str(args.workers),
            "--access-logfile",
            "-",
            # A portfolio import of tens of thousands of rows runs in one request.
            "--timeout",
            "120",
        ],
    )


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gnista.settings")
    if sys.argv[1:2] == ["serve"]:
        serve(sys.argv[2:])
        return
    arguments = sys.argv[1:]
    if arguments and "-" in arguments[0] and not arguments[0].startswith("-"):
        arguments[0] = arguments[0].replace("-", "_")  # gnista sync-calendars runs sync_calendars
    if arguments[:1] == ["worker"]:
        arguments = ["db_worker", *arguments[1:]]  # the Tasks worker of django-tasks-db
    from django.core.management import execute_from_command_line

    execute_from_command_line(["gnista", *arguments])


if __name__ == "__main__":
    main()
