#!/usr/bin/env python3
"""Fault 3's user view: a signed-in user's console node dies; they sign in again on the other node and land on
the page they had open. Usage: relogin-check.py <base-url> <pid-dir> <user> <password>. Needs Debian's chromium,
chromium-driver and python3-selenium. Prints the node before and after and exits 1 if the user did not land back."""
import sys, time, os, signal
from urllib.parse import urlparse
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base, pid_dir, user, password = sys.argv[1].rstrip("/") + "/", sys.argv[2], sys.argv[3], sys.argv[4]
o = webdriver.ChromeOptions()
o.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--window-size=1280,900"]:
    o.add_argument(a)
d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)

def sign_in():
    WebDriverWait(d, 60).until(lambda x: x.find_elements(By.CSS_SELECTOR, "input[name=username]"))
    d.find_element(By.CSS_SELECTOR, "input[name=username]").send_keys(user)
    d.find_element(By.CSS_SELECTOR, "input[name=password]").send_keys(password + "\n")

try:
    d.get(base + "login"); sign_in(); time.sleep(3)
    d.get(base + "pairings"); time.sleep(3)
    node = d.get_cookie("NODE")["value"]
    os.kill(int(open(os.path.join(pid_dir, node + ".pid")).read().strip()), signal.SIGKILL)
    time.sleep(6)  # HAProxy marks the node down after two failed checks
    d.get(base + "pairings")
    sign_in()
    WebDriverWait(d, 60).until(lambda x: "/login" not in x.current_url)
    after = d.get_cookie("NODE")["value"]
    # Spring Security marks the returning request with "?continue"; the route is what counts.
    landed = urlparse(d.current_url).path.rstrip("/").endswith("/pairings")
    print(f"node {node} killed; signed in again on {after}; landed on {d.current_url}")
    sys.exit(0 if landed and after != node else 1)
finally:
    d.quit()
