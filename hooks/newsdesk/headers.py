"""HTTP security headers of the site, in one place: the nginx config (``deploy/nginx.conf``) is
tested against these values, and pages can carry the same Content-Security-Policy in a ``<meta>``.

The policy: everything from the site itself, scripts only from files on the site (no inline
script, no ``eval``, no event-handler attributes), no plugins, no framing by other sites.
"""

from __future__ import annotations

#: directive → sources; order is kept in the header text
CSP_DIRECTIVES: dict[str, str] = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",      # Material's icons are data: SVGs in its CSS
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}

#: directives a browser ignores in a <meta> policy; they only work as a header
HEADER_ONLY = frozenset({"frame-ancestors", "report-uri", "sandbox"})


def csp(*, meta: bool = False) -> str:
    """The policy text for the header, or (``meta=True``) for ``<meta http-equiv>``.

    >>> csp().startswith("default-src 'self'; script-src 'self';")
    True
    >>> "frame-ancestors" in csp(meta=True)
    False
    """
    return "; ".join(f"{k} {v}" for k, v in CSP_DIRECTIVES.items() if not (meta and k in HEADER_ONLY))


CONTENT_SECURITY_POLICY = csp()

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
