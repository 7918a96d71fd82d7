"""End to end in a real browser: ``streamlit run`` plus Debian's headless Chromium.

AppTest runs the script but not the browser side (React widgets, HTML rendering, the
websocket). This test starts the page as a user would, pastes a seed article, clicks
Extract, waits for the real embedded model to fill the events table, checks that the
article's HTML was shown as text, and saves a screenshot (``test-output/ui_screenshot.png``;
``SUMMARIZER_UPDATE_SCREENSHOT=1`` also copies it to ``docs/ui.png`` for the README).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "ui" / "app.py"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


#: the Mali ambush seed (short, clear events and figures), shipped with the repo
SEED: Path | None = ROOT / "examples" / "seeds" / "003_ab30143d01b80a22.txt"
SCREENSHOT = ROOT / "test-output" / "ui_screenshot.png"
#: the model loads and runs on CPU: minutes per article on 2 cores, more when they are shared
MODEL_WAIT = 900

pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)",
    ),
]


def streamlit_args(port: int) -> list[str]:
    """The flags ``summarizer ui`` uses: local only, no browser opened, no telemetry, and no
    traceback in the page if something unexpected breaks (the server log keeps it)."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--client.showErrorDetails", "type",
    ]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A running ``streamlit run`` of the page; yields its URL, stops it afterwards."""
    port = free_port()
    env = dict(os.environ, SUMMARIZER_BACKEND="local")  # the embedded model, whatever the shell says
    env["SUMMARIZER_EVAL_DIR"] = str(tmp_path / "no-eval")
    log = (tmp_path / "streamlit.log").open("w")
    proc = subprocess.Popen(streamlit_args(port), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("streamlit did not start:\n" + (tmp_path / "streamlit.log").read_text())
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,2600",
        # no name resolves except the local server: the page must work with no internet
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_paste_extract_and_screenshot(server: str, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    if SEED is None:
        pytest.skip("no seed articles in shared/seeds")
    driver = browser
    driver.get(server)
    wait = WebDriverWait(driver, 60)
    area = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "textarea[aria-label='Article text']")))
    text = SEED.read_text(encoding="utf-8") + "\n\nComment: <script>window.__pwned = 1</script>"
    area.click()
    # send_keys types line by line; a paste is one event, which is what a user does.
    driver.execute_script(
        "const el = arguments[0];"
        "const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;"
        "set.call(el, arguments[1]); el.dispatchEvent(new Event('input', {bubbles: true}));",
        area,
        text,
    )
    area.send_keys(Keys.CONTROL, Keys.ENTER)  # commit the widget value, as Ctrl+Enter does
    time.sleep(1)
    button = next(b for b in driver.find_elements(By.TAG_NAME, "button") if b.text.strip() == "Extract")
    button.click()

    WebDriverWait(driver, MODEL_WAIT, poll_frequency=2).until(
        lambda d: (
            d.find_elements(By.CSS_SELECTOR, "[data-testid='stDataFrame']")
            or d.find_elements(By.CSS_SELECTOR, "[data-testid='stAlertContentError']")
        )
    )
    errors = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "[data-testid='stAlertContentError']")]
    assert not errors, errors
    time.sleep(3)  # let the map image and the highlighted text finish rendering
    assert driver.find_elements(By.CSS_SELECTOR, "mark.ev"), "no evidence highlighted in the article"
    assert driver.execute_script("return window.__pwned === undefined")
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "<script>window.__pwned = 1</script>" in body  # shown as text, not run

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
    # The README's picture is refreshed only when missing or asked for: rewriting a tracked
    # file on every test run would leave every work tree dirty.
    docs_png = ROOT / "docs" / "ui.png"
    if not docs_png.exists() or os.environ.get("SUMMARIZER_UPDATE_SCREENSHOT") == "1":
        docs_png.parent.mkdir(exist_ok=True)
        shutil.copyfile(SCREENSHOT, docs_png)
