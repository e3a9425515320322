"""`arkiv serve` in a real browser (issue 14): the real server (`python -m arkiv serve` on
127.0.0.1, a free port) over an archive of corpus/, driven by Debian's headless Chromium through
its chromedriver with selenium. A person's flows (search, filter, a §, the original at its page,
a case, the brief from an uploaded kallelse), axe-core's accessibility check on every kind of page
(no serious or critical violations) and the phone width (390 px: nothing wider than the screen).
Screenshots at 1280 and 390 px are written under the test's temporary folder.

Nothing is downloaded: selenium is pointed at /usr/bin/chromedriver and runs offline, and
axe.min.js comes from the axe-core-python package. Skips only when chromium or chromedriver is
missing (`make install` installs them).
"""

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from arkiv import Archive

from .conftest import CORPUS, ROOT, free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Chromium eller chromedriver saknas: kör 'make install' (apt-get install chromium chromium-driver)")

KALLELSE = CORPUS / "2024-12-12_kallelse.pdf"
WIDE, PHONE = (1280, 900), (390, 844)
WAIT = 60  # seconds a page may take on a busy test machine; a wait, never a timing assert


@pytest.fixture(scope="module")
def home(tmp_path_factory, tiny_model, model_cache):
    mp = pytest.MonkeyPatch()
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setenv("ARKIV_MODEL", tiny_model)
    mp.setenv("ARKIV_MODEL_CACHE", str(model_cache))
    mp.delenv("ARKIV_CHROMA_URL", raising=False)
    home = tmp_path_factory.mktemp("browser-home")
    with Archive(home) as archive:
        assert not archive.ingest([CORPUS]).failed
    yield home
    mp.undo()


@pytest.fixture(scope="module")
def server(home):
    """The base address of a real `arkiv serve` for the archive."""
    port = free_port()
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "arkiv", "serve", "--home", str(home), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + WAIT
        while True:
            try:
                httpx.get(base + "/api/status", timeout=WAIT)
                break
            except httpx.ConnectError:
                assert process.poll() is None and time.monotonic() < deadline, "arkiv serve startade inte"
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--lang=sv-SE", f"--window-size={WIDE[0]},{WIDE[1]}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    os.environ["SE_OFFLINE"] = "true"  # selenium-manager must never fetch a driver or a browser
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(WAIT)
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


def wait_for(condition, message: str):
    """Poll until `condition()` is true (a busy machine is slow, not wrong); while a new page
    loads, the old page's elements go stale or the new one's are not there yet, and chromedriver may
    answer "unhandled inspector error" for an element of a page being replaced."""
    from selenium.common.exceptions import WebDriverException  # NoSuchElement, StaleElement and those

    deadline = time.monotonic() + WAIT
    while True:
        try:
            if result := condition():
                return result
        except WebDriverException:
            pass
        assert time.monotonic() < deadline, message
        time.sleep(0.2)


def find(browser, css: str):
    from selenium.webdriver.common.by import By

    return browser.find_element(By.CSS_SELECTOR, css)


def find_all(browser, css: str):
    from selenium.webdriver.common.by import By

    return browser.find_elements(By.CSS_SELECTOR, css)


def axe_violations(browser) -> list[dict]:
    """axe-core's serious and critical violations of the page as it is now."""
    import axe_core_python

    source = (Path(axe_core_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    browser.execute_script(source)
    violations = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done(String(e)));")
    assert isinstance(violations, list), violations
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [node["html"][:120] for node in v["nodes"][:3]]}
            for v in violations if v["impact"] in ("serious", "critical")]


def look(browser, shots: Path, name: str) -> None:
    """The page checked with axe and at phone width (nothing wider than the screen), with a
    screenshot at each width."""
    assert axe_violations(browser) == [], name
    browser.save_screenshot(str(shots / f"{name}-1280.png"))
    try:
        browser.set_window_size(*PHONE)
        width = wait_for(lambda: browser.execute_script("return window.innerWidth") <= PHONE[0] and
                         browser.execute_script("return window.innerWidth"), "fönstret blev inte smalare")
        overflow = browser.execute_script("return document.documentElement.scrollWidth")
        assert overflow <= width, f"{name}: sidan är {overflow} px bred på en skärm som är {width} px"
        browser.save_screenshot(str(shots / f"{name}-390.png"))
    finally:
        browser.set_window_size(*WIDE)


def open_page(browser, url: str) -> None:
    browser.get(url)
    wait_for(lambda: browser.execute_script("return document.readyState") == "complete", f"{url} laddades inte")


def test_search_filter_section_original_and_case(server, browser, shots):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    open_page(browser, server + "/")
    look(browser, shots, "start")
    # The check finds what it should: a field without a label is a critical violation.
    browser.execute_script("document.querySelector('main').insertAdjacentHTML('beforeend', '<input id=utan>')")
    assert [v["id"] for v in axe_violations(browser)] == ["label"]
    open_page(browser, server + "/")
    # Keyboard: the query box has the focus; Tab reaches the button, with a visible focus ring.
    assert browser.switch_to.active_element.get_attribute("id") == "q"
    ActionChains(browser).send_keys(Keys.TAB).perform()
    focused = browser.switch_to.active_element
    assert focused.text == "Sök"
    assert focused.value_of_css_property("outline-style") == "solid"
    assert focused.value_of_css_property("outline-width") == "3px"

    query = find(browser, "#q")
    query.clear()
    query.send_keys("vilka beslut bordlades om äskanden", Keys.ENTER)
    wait_for(lambda: find_all(browser, "li.hit"), "inga träffar")
    assert "q=vilka+beslut+bordlades" in browser.current_url
    look(browser, shots, "search")

    find(browser, "details.filters summary").click()
    Select(find(browser, "#status")).select_by_value("bordlagd")
    Select(find(browser, "#body")).select_by_visible_text("Norrälvens Samordningsförbund")
    find(browser, "form.search button[type=submit]").click()
    wait_for(lambda: "status=bordlagd" in browser.current_url, "filtret kom inte med i adressen")
    hits = wait_for(lambda: find_all(browser, "li.hit"), "inga bordlagda träffar")
    for hit in hits:
        assert find_all(hit, ".status-bordlagd") and "Norrälvens Samordningsförbund" in hit.text
    look(browser, shots, "search-filtered")

    link = find(hits[0], "h3 a")
    heading = link.text
    link.click()
    wait_for(lambda: find(browser, "h1").text == heading, "paragrafsidan öppnades inte")
    look(browser, shots, "section")

    original = find(browser, "a.button").get_attribute("href")
    page = int(re.search(r"#page=(\d+)$", original).group(1))
    assert f"Sida\n{page}" in find(browser, "dl.facts").text or f"Sida {page}" in find(browser, "dl.facts").text
    served = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'),"
        " b.byteLength, String.fromCharCode(...new Uint8Array(b.slice(0, 5)))])));", original)
    assert served[:2] == [200, "application/pdf"] and served[3] == "%PDF-"
    assert served[2] in {path.stat().st_size for path in CORPUS.glob("*.pdf")}

    find(browser, "dl.facts a[href^='/arende/']").click()
    wait_for(lambda: find(browser, "h1").text.startswith("Dnr "), "ärendesidan öppnades inte")
    assert find_all(browser, "ol.timeline li.event")
    look(browser, shots, "case")

    find(browser, "ol.timeline li.event a[href*='/avsnitt/']")  # the timeline leads back to its §s
    open_page(browser, find(browser, ".crumbs a[href='/arenden/oppna']").get_attribute("href"))
    assert find_all(browser, "tr.case")
    look(browser, shots, "open-cases")


def test_document_and_person_pages(server, browser, shots):
    open_page(browser, server + "/?q=budget")
    find(browser, "li.hit p.cite a").click()
    wait_for(lambda: find_all(browser, "ol.sections li"), "dokumentsidan öppnades inte")
    look(browser, shots, "document")

    person = find(browser, "ul.persons a")
    name = person.text
    person.click()
    wait_for(lambda: find(browser, "h1").text == name, "personsidan öppnades inte")
    assert find_all(browser, "table.cases tbody tr")
    look(browser, shots, "person")

    open_page(browser, server + "/personer")
    look(browser, shots, "persons")


def test_upload_a_kallelse_and_get_the_brief(server, browser, shots):
    open_page(browser, server + "/forbered")
    look(browser, shots, "prepare")
    find(browser, "#file").send_keys(str(KALLELSE))
    find(browser, "form.upload button[type=submit]").click()
    heading = wait_for(lambda: find(browser, "h1").text.startswith("Inför sammanträdet") and find(browser, "h1").text,
                       "underlaget kom inte")
    assert "2024-12-12" in heading
    assert len(find_all(browser, "section.agenda-item")) >= 5
    assert find_all(browser, "ul.history a[href*='/avsnitt/']")
    look(browser, shots, "brief")

    find(browser, "form.downloads button[value=docx]").click()
    files = wait_for(lambda: [p for p in browser.downloads.iterdir() if p.suffix == ".docx"], "ingen .docx laddades ner")
    assert files[0].read_bytes()[:2] == b"PK"  # a zip, as .docx files are
