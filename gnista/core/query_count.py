"""Counts the database queries of each request into an X-Query-Count header, for the
benchmarks (`make bench`); settings.py adds it only when GNISTA_COUNT_QUERIES is on."""

from django.db import connections

HEADER = "X-Query-Count"


class QueryCountMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counting(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connections["default"].execute_wrapper(counting):
            response = self.get_response(request)
            # A streamed body (an export) runs most of its queries after the headers
            # are sent, so only those before the first row are in its count.
            response[HEADER] = str(count)
        return response
