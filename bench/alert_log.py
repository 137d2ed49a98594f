#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""A labelled log of a made-up machine whose alerts show in the level, not in the words: 7 % of
the lines are alerts, all FATAL, from four frequent templates; another 10 % are FATAL lines that
are no alert, and rare INFO messages come now and then. A model of the words alone ranks the
rare INFO lines first; the one-field rule "level == FATAL" finds every alert at precision ~0.4.

  alert_log.py LINES OUT.log [--seed N]     (writes OUT.log and OUT.log.labels)

Nothing here comes from a real log: the messages, names and shares are invented."""
import datetime

import labelled_log


def main():
    options, rng = labelled_log.arguments()
    n = lambda a=1, b=9999: str(rng.randint(a, b))
    hexa = lambda: hex(rng.randint(0, 2**32))
    address = lambda: f"{n(1, 254)}.{n(1, 254)}.0.{n(1, 254)}:{n(1000, 60000)}"
    info = [(300, lambda: f"generating core.{n()}"),
            (200, lambda: f"job {n()} started on partition {rng.choice('abc')}"),
            (120, lambda: "instruction cache parity error corrected"),
            (80, lambda: f"{n(1, 64)} double-hummer alignment exceptions"),
            (60, lambda: f"scrubbed {n()} bytes in region {hexa()}"),
            (40, lambda: f"link training completed in {n(1, 90)} ms"),
            (20, lambda: f"fan speed set to {n(1000, 4000)} rpm"),
            (10, lambda: f"ciod: received signal {n(1, 30)}"),
            (4, lambda: f"temperature sensor {n(1, 8)} recalibrated"),
            (2, lambda: f"boot image loaded from /boot/img{n(1, 3)}.elf"),
            (1, lambda: f"service node handshake renewed after {n(1, 9)} attempts"),
            (0.5, lambda: "clock source switched to backup oscillator")]
    warning = [(30, lambda: f"ddr errors detected and corrected on rank {n(0, 3)}"),
               (10, lambda: f"throttling core {n(0, 3)}: temperature high")]
    error = [(30, lambda: f"ciod: error reading message prefix after LOGIN_MESSAGE on socket to {address()}"),
             (10, lambda: f"rts: bad message header: expecting type {n(1, 9)} instead of type {n(1, 9)}")]
    fatal = [(60, lambda: f"ciod: Error loading /home/user{n(1, 50)}/app: invalid or missing program image"),
             (40, lambda: f"job {n()} exited with status {n(1, 255)}"),
             (20, lambda: f"ciod: failed to read message prefix on control stream (socket to {address()})")]
    alert = [(35, lambda: "data TLB error interrupt"),
             (20, lambda: f"machine check interrupt on core {n(0, 3)}"),
             (10, lambda: f"data storage interrupt at {hexa()}"),
             (5, lambda: f"memory controller uncorrectable error on rank {n(0, 3)}")]

    def draw(templates):
        r = rng.random() * sum(w for w, _ in templates)
        for weight, make in templates:
            r -= weight
            if r <= 0:
                return make()
        return templates[-1][1]()

    t = datetime.datetime(2026, 10, 1)
    labels = []
    with open(options.out, "w") as out:
        for number in range(1, options.lines + 1):
            t += datetime.timedelta(seconds=rng.expovariate(1 / 30))
            r = rng.random()
            if r < 0.07:
                level, message = "FATAL", draw(alert)
                labels.append(number)
            elif r < 0.17:
                level, message = "FATAL", draw(fatal)
            elif r < 0.20:
                level, message = "ERROR", draw(error)
            elif r < 0.23:
                level, message = "WARNING", draw(warning)
            else:
                level, message = "INFO", draw(info)
            node = f"R{n(0, 7)}{n(0, 7)}-M{n(0, 1)}-N{n(0, 9)}"
            component = rng.choice(["KERNEL", "KERNEL", "KERNEL", "APP", "MMCS"])
            out.write(f"{t:%Y-%m-%d %H:%M:%S}.{n(0, 999).zfill(3)} {node} {component} {level} {message}\n")
    labelled_log.write_labels(options.out, labels)


if __name__ == "__main__":
    main()
