"""An e-mail address, the one pattern the author split and the narrator share."""

from __future__ import annotations

import re

# Its local part (group 1; not the end of a longer run of its characters), the "@" and a domain,
# bounded as mail bounds them (64 before the "@", labels of 63): unbounded, a long run of
# "a.a.a..." before an "@" is searched from each of its words.
MAIL_ADDRESS = re.compile(r"(?<![\w.+-])([\w.+-]{1,64})@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
