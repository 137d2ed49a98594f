#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""A labelled access log of a made-up API gateway, in the format nginx writes with its request
and upstream timings appended (`… "agent" rt=0.012 uct="0.001" urt="0.011"`). A load balancer
checks /healthz every second; clients read and write orders, profiles and searches. Some answers
that are no error are routine: 201 for a POST, 304 for a cached read, 401 for 2 % of profile
reads (expired tokens), 404 for 1 % of order reads. Labelled: a 502 burst while the orders
service is down for a minute, and 500s on 0.2 % of searches.

  gateway_log.py LINES OUT.log [--seed N]     (writes OUT.log and OUT.log.labels)

Written after the access-log reader and its rare-status rule, to check them on a log neither was
made on. Nothing here comes from a real log: the service, paths, clients and shares are invented."""
import datetime

import labelled_log


def main():
    options, rng = labelled_log.arguments()
    clock = datetime.datetime(2026, 10, 5, 8, 0, 0)
    outage = options.lines // 2  # the orders service fails for a minute from about here
    outage_until = None
    written, labels = 0, []
    agents = ['"okhttp/4.12.0"', '"python-requests/2.31.0"', '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"']
    with open(options.out, "w") as out:
        while written < options.lines:
            clock += datetime.timedelta(milliseconds=rng.randint(5, 120))
            stamp = clock.strftime("%d/%b/%Y:%H:%M:%S +0200")
            anomalous = False
            if clock.microsecond < 120000 and rng.random() < 0.5:
                client, agent = "10.0.0.2", '"ELB-HealthChecker/2.0"'
                method, target, status, size = "GET", "/healthz", 200, 2
            else:
                client = f"198.18.{rng.randint(0, 3)}.{rng.randint(1, 254)}"
                agent = rng.choice(agents)
                draw = rng.random()
                if draw < 0.35:
                    method, target = "GET", f"/v1/orders/{rng.randint(10000, 99999)}"
                    status = 404 if rng.random() < 0.01 else 304 if rng.random() < 0.2 else 200
                elif draw < 0.45:
                    method, target, status = "POST", "/v1/orders", 201
                elif draw < 0.75:
                    method, target = "GET", f"/v1/users/{rng.randint(1, 5000)}/profile"
                    status = 401 if rng.random() < 0.02 else 200
                else:
                    words = rng.choice(["red+shoes", "lamp", "usb+cable", "desk", "coffee"])
                    method, target, status = "GET", f"/v1/search?q={words}&page={rng.randint(1, 9)}", 200
                    if rng.random() < 0.002:
                        status, anomalous = 500, True
                if written >= outage and outage_until is None:
                    outage_until = clock + datetime.timedelta(minutes=1)
                if outage_until and clock < outage_until and target.startswith("/v1/orders"):
                    status, anomalous = 502, True
                size = 0 if status in (304, 502) else rng.randint(80, 9000)
            request_time = rng.randint(1, 400) / 1000
            upstream = "-" if status == 502 else f"{max(request_time - 0.001, 0):.3f}"
            out.write(f'{client} - - [{stamp}] "{method} {target} HTTP/1.1" {status} {size} "-" {agent} '
                      f'rt={request_time:.3f} uct="0.001" urt="{upstream}"\n')
            written += 1
            if anomalous:
                labels.append(written)
    labelled_log.write_labels(options.out, labels)


if __name__ == "__main__":
    main()
