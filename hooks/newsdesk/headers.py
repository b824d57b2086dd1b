"""The site's Content-Security-Policy, in one place for the pages and the web server.

Every HTML page carries ``CSP`` in a ``<meta http-equiv="Content-Security-Policy">`` with the
SHA-256 hashes of its own inline scripts added to ``script-src`` (``csp.py``, at build time): scripts
run only from the site itself or when they are exactly the theme's known inline scripts; inline
event handlers (``onclick=`` …), ``javascript:`` URLs, ``eval`` and scripts from other hosts never run.
Styles allow ``'unsafe-inline'`` because the theme sets ``style=`` attributes; scripts never do.

``CSP_HEADER`` is for the web server's ``Content-Security-Policy`` header: the directives a ``<meta>``
cannot carry (``frame-ancestors``) and ones that cannot conflict with the per-page hashes. It has
no ``default-src`` or ``script-src`` on purpose: policies combine by intersection, so a header
``script-src 'self'`` would block the hashed inline scripts the page's own policy allows.
"""

from __future__ import annotations

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
       "object-src 'none'; base-uri 'self'; form-action 'self'")

CSP_HEADER = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
