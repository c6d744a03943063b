import pytest


@pytest.fixture
def demo(transactional_db):
    from django.core.management import call_command

    call_command("demo")
