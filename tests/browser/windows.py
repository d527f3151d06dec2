"""The browser windows the tests draw pages in."""

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
# A new browser context's window when none is asked for (Playwright's default).
NEW_CONTEXT = {"width": 1280, "height": 720}
