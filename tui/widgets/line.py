"""`Line`: the reader's one-line text input (search, filters, dialogs).

Textual's `Input` inserts a typed character as its key arrives, but runs its
own bound keys (Backspace, ←, →, Home, Ctrl+U, Ctrl+W, Enter…) only once the
key has bubbled up to the app: keys that arrive together (fast typing, a
macro, a loaded machine) were applied out of order. "Ctrl+U then a new name"
in the rename dialog left the line empty; "kix⌫m" searched for "kim" only by
luck (Textual issue #6605). Here the line runs its own bindings as each key
arrives, in the order typed; a key it does not bind goes up as before.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class Line(Input):
    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable and await self._run_own_binding(event.key):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)

    async def _run_own_binding(self, key: str) -> bool:
        # (priority bindings ran when the key reached the app, before it came here)
        for binding in self._bindings.key_to_bindings.get(key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                return True
        return False
