"""The site's security headers and Content-Security-Policy, in one place for the pages and the web server.

Every HTML page carries ``CSP`` in a ``<meta http-equiv="Content-Security-Policy">`` with the
SHA-256 hashes of its own inline scripts added to ``script-src`` (``csp.py``, at build time): scripts
run only from the site itself or when they are exactly the theme's known inline scripts; inline
event handlers (``onclick=`` …), ``javascript:`` URLs, ``eval`` and scripts from other hosts never run.
Styles allow ``'unsafe-inline'`` because the theme sets ``style=`` attributes; scripts never do.

``CSP_HEADER`` is for the web server's ``Content-Security-Policy`` header (``deploy/nginx.conf``,
generated into ``deploy/security-headers.conf``): the directives a ``<meta>`` cannot carry
(``frame-ancestors``) and ones that cannot conflict with the per-page hashes. It has no
``default-src`` or ``script-src`` on purpose: policies combine by intersection, so a header
``script-src 'self'`` would block the hashed inline scripts the page's own policy allows.
"""

from __future__ import annotations

#: the page's policy, directive → sources; ``csp.py`` adds the page's inline-script hashes to script-src
CSP_DIRECTIVES: dict[str, str] = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",      # Material's icons are data: SVGs in its CSS
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}

#: directives only a header can carry (a browser ignores them in a <meta> policy)
HEADER_DIRECTIVES: dict[str, str] = {"frame-ancestors": "'none'", "object-src": "'none'", "base-uri": "'self'",
                                     "form-action": "'self'"}


def csp(*, meta: bool = False) -> str:
    """The page's policy (``meta=True``, for ``<meta http-equiv>``) or the server header's.

    >>> csp(meta=True).startswith("default-src 'self'; script-src 'self';")
    True
    >>> "frame-ancestors" in csp(meta=True), "script-src" in csp()
    (False, False)
    """
    return "; ".join(f"{k} {v}" for k, v in (CSP_DIRECTIVES if meta else HEADER_DIRECTIVES).items())


CSP = csp(meta=True)
CSP_HEADER = csp()
CONTENT_SECURITY_POLICY = CSP_HEADER
#: every security header the server sends with each response
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def nginx_lines(indent: str = "    ") -> list[str]:
    """``add_header`` lines for nginx (``always``: error pages get them too).

    >>> nginx_lines("")[1]
    'add_header X-Content-Type-Options "nosniff" always;'
    """
    return [f'{indent}add_header {name} "{value}" always;' for name, value in SECURITY_HEADERS.items()]


SNIPPET_HEADER = ("# Generated from hooks/newsdesk/headers.py (python -m newsdesk.headers > deploy/security-headers.conf);\n"
                  "# do not edit by hand: tests/test_deploy.py checks this file against the module.\n")


def nginx_snippet() -> str:
    """The file ``deploy/security-headers.conf``, included in every location of ``deploy/nginx.conf``."""
    return SNIPPET_HEADER + "\n".join(nginx_lines("")) + "\n"


if __name__ == "__main__":
    print(nginx_snippet(), end="")
