#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""A labelled access log of a made-up web shop: a W3C extended log as IIS writes one (the #Software,
#Version, #Date and #Fields directives, then one blank-separated line per request), or with
`--style combined` the NCSA combined format Apache httpd and nginx write by default. 0.4 % of the requests
fail with a server error (500) on pages that otherwise answer 200, and 0.2 % are scanners probing
for files the site does not have (404); both are labelled. The status is one number among the
trailing numbers of the line, so a reader that does not know the columns sees a 500 as a 200.

  web_log.py LINES OUT.log [--seed N] [--style w3c|combined]    (writes OUT.log and OUT.log.labels)

Nothing here comes from a real log: the site, pages, clients and shares are invented."""
import datetime

import labelled_log

FIELDS = ("date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username "
          "c-ip cs-version cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status sc-bytes cs-bytes "
          "time-taken")
AGENTS = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36",
          "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)", "curl/8.4.0", "okhttp/4.12.0"]
PAGES = [("GET", "/", "-"), ("GET", "/products", "page=%d"), ("GET", "/products/%d", "-"),
         ("POST", "/cart/add", "-"), ("GET", "/images/%d.png", "-"), ("GET", "/api/stock", "sku=%d")]
PROBES = ["/wp-login.php", "/.env", "/cgi-bin/luci", "/phpmyadmin/index.php"]


def main():
    options, rng = labelled_log.arguments(
        lambda parser: parser.add_argument("--style", choices=("w3c", "combined"), default="w3c"))
    combined = options.style == "combined"
    clock = datetime.datetime(2026, 11, 30)
    written, labels = 0, []
    with open(options.out, "w") as out:
        def write(line, anomalous=False):
            nonlocal written
            written += 1
            out.write(line + "\n")
            if anomalous:
                labels.append(written)

        if not combined:
            write("#Software: Microsoft Internet Information Services 10.0")
            write("#Version: 1.0")
            write(f"#Date: {clock:%Y-%m-%d %H:%M:%S}")
            write("#Fields: " + FIELDS)
        while written < options.lines:
            clock += datetime.timedelta(milliseconds=rng.randint(50, 900))
            method, stem, query = rng.choice(PAGES)
            stem = stem % rng.randint(1, 500) if "%d" in stem else stem
            query = query % rng.randint(1, 50) if "%d" in query else query
            status, win32, anomalous = 200, 0, False
            if stem.startswith("/images") and rng.random() < 0.3:
                status = 304
            draw = rng.random()
            if draw < 0.004:
                status, anomalous = 500, True
            elif draw < 0.006:
                method, stem, query, status, win32, anomalous = "GET", rng.choice(PROBES), "-", 404, 2, True
            client, agent, size = f"198.51.100.{rng.randint(1, 200)}", rng.choice(AGENTS), rng.randint(200, 90000)
            if combined:
                target = stem if query == "-" else f"{stem}?{query}"
                referer = "-" if rng.random() < 0.5 else f"https://shop.example/products/{rng.randint(1, 500)}"
                write(f'{client} - - [{clock:%d/%b/%Y:%H:%M:%S} +0100] "{method} {target} HTTP/1.1" {status} '
                      f'{size} "{referer}" "{agent.replace("+", " ")}"', anomalous)
                continue
            write(f"{clock:%Y-%m-%d %H:%M:%S} W3SVC1 WEB01 10.0.0.5 {method} {stem} {query} 443 - "
                  f"{client} HTTP/1.1 {agent} - {status} 0 {win32} "
                  f"{size} {rng.randint(100, 900)} {rng.randint(1, 400)}", anomalous)
    labelled_log.write_labels(options.out, labels)


if __name__ == "__main__":
    main()
