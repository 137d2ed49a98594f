#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twentieth round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.595.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (HiveMQ's "not secure" box under its WARN line, Jira's start-up
banner and environment table, the .NET exception and frames under an IoT Edge warning and its ASCII
banner, the Java frames under a Jamf or Jira error, the lines of SQL a Greenplum CSV record carries on
in a quoted field, the output the Elastic Beanstalk engine writes after a command's first line (npm's
summary and errors, nginx -t, cfn-get-metadata's JSON), Fluentd's configuration dump, Gin's
"Error #01: ..." line after a KrakenD access line) carry the time, level and component of the record
they belong to; a record that has no header at all (HiveMQ's start-script banner, KrakenD's logo,
version and "Parsing configuration file" lines, "Executing scheduled command now." in dsmsched.log,
txAdmin's "FXServer Starting" banner) gets the time of its neighbours and no level or component; the
lines of such records that write a time have it (IoT Edge's "Starting Edge Hub" and "Edge Hub
Main()", irssi's "--- Log opened" and "--- Log closed" lines). Gurobi's log has no header at all, the
FiveM console no time (the banner's date aside), the Linkerd proxy only seconds since it started. Where
a log writes local time without an offset, the host's clock is UTC; where it writes the zone or the
offset (Greenplum's "CET", CrowdSec's "+01:00", Fluentd's "+0100"), the true time is that instant.
irssi writes the minute only and Anaconda the time of day: the true time is that one (an irssi line
holds second 0, "--- Day changed" midnight); Anaconda's files are concatenated, so its times jump back
at each file. The Unix time in a Drupal record is the request's, the "at ..." time in CrowdSec's overflow
message the bucket's, the syslog stamp and the WLC's own stamp agree to the second.

Levels are as written: the WLC's severity digit (or its name: "6" or "informational"), Drupal's
severity number (4 or "warning"), KrakenD's six letters ("WARNIN"), Greenplum's severity field,
Anaconda's three letters, the IoT Edge's bracketed three letters (its syslog priority "<6>" agrees),
HiveMQ's event-log lines are DEBUG; dsmsched.log, irssi, Cacti, hMailServer, FiveM and Gurobi write no
level (the letter closing an ANS message id, Cacti's "WARNING:" or ESX's "[INFO]" inside a message are
text). The component is the WLC's facility (APF, DOT1X, CAPWAP: not the controller's name rsyslog
keeps as the tag), Drupal's type ("page not found", "php", "user"), the Linkerd proxy's target module
(not its spans), the prefix naming KrakenD's or Gin's logger ("[KRAKEND]", "[GIN]"), Concourse's
"source" (atc, tsa), Anaconda's, Jamf's and Jira's logger, FiveM's bracketed channel, hMailServer's log
type (SMTPD, APPLICATION, TCPIP, ...), Cacti's environment ("SYSTEM STATS" or "SYSTEM"), Fluentd's
plugin id where it writes one; threads (Jamf's, Jira's, the WLC's task, the Linkerd ThreadId) are not
components, and HiveMQ, Greenplum, the IoT Edge, CrowdSec and Elastic Beanstalk write none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (the SQL of Greenplum's "statement: %s", the path that is the whole message of Drupal's
"page not found" and "access denied", the instruction and the command of Elastic Beanstalk's
"Executing instruction: %s" and "Running command %s", what the peer sent in hMailServer's
"RECEIVED: %s", the package of Anaconda's "Installing %s (%d/%d)", the error text of Gin's
"Error #%02d: %s", the reason of HiveMQ's "was disconnected. reason: %s", the states of KrakenD's
"went from '%s' to '%s'", the status of Jamf's "Received status %s for command ...", the name of a
Gurobi cut in "  %s: %d" and of a coefficient range, the "cutoff" or "infeasible" of a node row, the
error of Linkerd's "gRPC request failed error=%s"), while two format strings that look alike are two
events (Gurobi's plain, "H" and "*" node rows, HiveMQ's "disconnected gracefully" and
"disconnected ungracefully", each "Total number of ..." line of the dsmsched statistics, the WLC's
folded "%LOG-3-Q_IND" copy of a message and the message itself, Drupal's first "Starting execution of
%s_cron()" and the later ones, Cacti's SNMP timeout with and without the data source, hMailServer's own
replies, each of its own format). A Concourse line's lager message (the session path and the action,
"atc.tracker.track.start") is its event; a line of Fluentd's configuration dump or of the JSON in the
Elastic Beanstalk log belongs to its structure (an opening tag or key, a closing one, a key with its
value); a chat line in irssi is "< %s> %s" whatever the person wrote, but a bot's line is the bot's own
format (Alertmanager's firing and resolved lines, Jenkins' build result, the Git server's push notice).
Where a collector wraps the line of an application (rsyslog's header around the WLC's and Drupal's
lines, `docker logs`, `kubectl logs`, `iotedge logs`, the engine's "[INFO] " before a command's output),
the event is the application's format.

usage: unseen_logs_round20.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round20)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round20")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked, syslog_ts  # noqa: E402


def java_frames(g, frames):
    """A few "\tat pkg.Class.method(File.java:N)" frames from a list of (class.method, file)."""
    return [f"\tat {m}({f}:{g.num(40, 900)})" for m, f in frames]


def thou(n, sep=","):
    """12345678 -> "12,345,678"."""
    return f"{n:,}".replace(",", sep)


def step(L, ms):
    """Move the clock of a log on by up to `ms` milliseconds (at least one)."""
    L.t += dt.timedelta(milliseconds=L.g.num(1, max(1, ms)))


# 1 ---------------------------------------------------------------- Cisco AireOS 8.10 on two 3504 Wireless LAN Controllers of a hospital (main site and a clinic), syslog to the admin server's rsyslog, /var/log/remote/wlc.log:
#   "Dec  1 10:00:00 wlc-main-01.kh.example wlc-main-01: *apfMsConnTask_2: Dec 01 10:00:00.123: %APF-6-USER_NAME_CREATED: apf_ms_radius.c:5506 msg": rsyslog's stamp and
#   the sender's DNS name, the controller's name as the tag, then the task, the controller's own stamp with milliseconds and %FACILITY-SEVERITY-MNEMONIC with the source
#   file and line; 802.1X clients (usernames created and deleted, EAP retries exhausted, aborted authentications), messages the controller folds ("[...It occurred 3 times.!]"),
#   APs losing and rejoining their CAPWAP tunnels, radar on DFS channels, orphan ARP packets, RADIUS timeouts and fail-over, guest web-auth failures, admin logins,
#   rsyslog's own line after logrotate's HUP
@checked
def log_wlc(seed):
    L = Log("cisco_wlc_syslog", seed, "noyear", True, True)
    g = L.g
    WLCS = [("wlc-main-01", "10.20.0.5", 0.8), ("wlc-clinic-01", "10.60.0.5", 0.2)]
    SEV = {1: "alert", 2: "critical", 3: "error", 4: "warning", 5: "notice", 6: "informational"}
    USERS = [g.c(["a", "b", "c", "d", "e", "f", "j", "k", "m", "s", "t"]) + "." + g.c(["mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner",
             "becker", "schulz", "hoffmann", "koch", "richter", "klein", "wolf", "neumann"]) for _ in range(80)] + ["host/pc-stat3-12.kh.example", "host/pc-rad-04.kh.example",
                                                                                                            "vocera-b1-017", "vocera-b2-041", "zebra-mc33-08"]
    CLIENTS = [":".join(f"{b:02x}" for b in [g.c([0x28, 0x3c, 0xa4, 0xf0, 0x00, 0xd8, 0x5c, 0x98])] + [g.num(0, 255) for _ in range(5)]) for _ in range(150)]
    APS = []
    for n in range(1, 61):
        site = 0 if n <= 48 else 1
        APS.append((f"AP-{'H' if site == 0 else 'K'}{g.c(['A', 'B', 'C'])}-{g.num(0, 4)}OG-{n:02d}", f"10.{21 if site == 0 else 61}.{g.num(1, 4)}.{g.num(10, 250)}",
                    ":".join(f"{g.num(0, 255):02x}" for _ in range(6)), site))
    RADIUS = ["10.20.1.11", "10.20.1.12"]
    ADMINS = [("netadmin", "10.20.0.40"), ("jschulz", "10.20.0.41"), ("prime-svc", "10.20.0.30")]
    st = {"down": {}, "radius": 0}

    def w(site, task, fac, sev, mnem, src, msg, ev):
        step(L, 900)
        name = WLCS[site][0]
        rx = min(L.t + dt.timedelta(milliseconds=g.num(1, 30)), L.t.replace(microsecond=999999))
        L.emit(f"{syslog_ts(rx)} {name}.kh.example {name}: *{task}: {L.t:%b %d %H:%M:%S}.{ms3(L.t)}: %{fac}-{sev}-{mnem}: {src} {msg}", ev, f"{sev}|{SEV[sev]}", fac)

    def site_of():
        return 0 if g.r.random() < 0.8 else 1

    def user_created():
        s = site_of()
        u = g.c(USERS)
        w(s, f"apfMsConnTask_{g.num(0, 7)}", "APF", 6, "USER_NAME_CREATED", "apf_ms_radius.c:5506", f"Username entry ({u}) created for mobile, length = {len(u)}", "user_name_created")
        if g.r.random() < 0.15:
            L.tick(300)
            w(s, f"apfMsConnTask_{g.num(0, 7)}", "APF", 6, "USER_NAME_DELETED", "apf_ms.c:7236", f"Username entry ({u}) deleted for mobile, length = {len(u)}", "user_name_deleted")

    def user_deleted():
        u = g.c(USERS)
        w(site_of(), f"apfMsConnTask_{g.num(0, 7)}", "APF", 6, "USER_NAME_DELETED", "apf_ms.c:7236", f"Username entry ({u}) deleted for mobile, length = {len(u)}", "user_name_deleted")

    def eap():
        s = site_of()
        mac = g.c(CLIENTS)
        r = g.r.random()
        if r < 0.45:
            w(s, f"Dot1x_NW_MsgTask_{g.num(0, 3)}", "DOT1X", 3, "MAX_EAP_RETRIES", "1x_auth_pae.c:3032", f"Max EAP identity request retries (3) exceeded for client {mac}", "max_eap_retries")
        elif r < 0.8:
            w(s, f"Dot1x_NW_MsgTask_{g.num(0, 3)}", "DOT1X", 3, "ABORT_AUTH", "1x_bauth_sm.c:447", f"Authentication Aborted for client {mac}", "abort_auth")
        else:
            n = g.num(2, 9)
            inner = g.c([("1x_auth_pae.c:3032", f"Max EAP identity request retries (3) exceeded for client {mac}", "q_ind_max_eap_retries"),
                         ("1x_bauth_sm.c:447", f"Authentication Aborted for client {mac}", "q_ind_abort_auth"),
                         ("apf_ms.c:4107", f"Could not find the mobile {mac} in internal database", "q_ind_mobile_not_found")])
            w(s, f"Dot1x_NW_MsgTask_{g.num(0, 3)}", "LOG", 3, "Q_IND", inner[0], f"{inner[1]}[...It occurred {n} times.!]", inner[2])

    def ap():
        up = [a for a in APS if a[0] not in st["down"]]
        if st["down"] and (g.r.random() < 0.55 or not up):
            name = g.c(sorted(st["down"]))
            a = next(x for x in APS if x[0] == name)
            del st["down"][name]
            w(a[3], f"spamApTask{g.num(0, 7)}", "CAPWAP", 5, "DTLSREQSUCC", "capwap_ac_sm.c:4085", f"DTLS connection created sucessfully peer_ip: {a[1]} peer_port: 5256", "dtls_created")
            w(a[3], f"spamApTask{g.num(0, 7)}", "LWAPP", 5, "AP_JOINED", "spam_lrad.c:10946", f"AP {a[0]} ({a[2]}) joined the controller with IP {a[1]}", "ap_joined")
            return
        a = g.c(up)
        st["down"][a[0]] = L.t
        w(a[3], f"spamApTask{g.num(0, 7)}", "CAPWAP", 3, "ECHO_ERR", "capwap_ac_sm.c:8013", f"Did not receive heartbeat reply; AP: {a[2]}", "echo_err")
        w(a[3], f"spamApTask{g.num(0, 7)}", "CAPWAP", 3, "DTLS_CLOSED_ERR", "capwap_ac_sm.c:7521",
          f"{a[2]}: DTLS connection closed forAP {a[1]} (5256), Controller: {WLCS[a[3]][1]} (5246) Echo Timer Expiry", "dtls_closed")
        w(a[3], f"spamApTask{g.num(0, 7)}", "LWAPP", 3, "AP_DISASSOCIATED", "spam_lrad.c:46821", f"AP {a[0]} ({a[2]}) disassociated, reason: Heartbeat Timeout", "ap_disassociated")

    def radar():
        a = g.c([x for x in APS if x[3] == 0])
        ch = g.c([52, 56, 60, 64, 100, 104, 108, 112, 116])
        w(0, "rrmMgrTask", "RRM", 4, "RADAR_DETECTED", "rrmDfs.c:612", f"Radar signals have been detected on channel {ch} by AP {a[0]} slot 1, changing channel to {g.c([36, 40, 44, 48, 149, 153])}", "radar_detected")

    def orphan():
        mac = g.c(CLIENTS)
        w(site_of(), f"apfOrphanSocketTask", "APF", 1, "CHANGE_ORPHAN_PKT_IP", "apf_foreignap.c:1608",
          f"STA {mac} ARP (op {g.c(['ARP REQUEST', 'ARP REPLY'])}) received with invalid SPA 169.254.{g.num(1, 254)}.{g.num(1, 254)}/TPA 10.{g.c([22, 23, 62])}.{g.num(0, 15)}.{g.num(1, 254)}", "orphan_pkt_ip")

    def radius():
        s = site_of()
        cur = RADIUS[st["radius"]]
        u = g.c(USERS)
        w(s, "radiusTransportThread", "RADIUS", 3, "RADIUS_SERVER_UNRESPONSIVE", "radius_db.c:1170",
          f"RADIUS server {cur}:1812 failed to respond to request (ID {g.num(1, 255)}) for client {g.c(CLIENTS)} / user '{u}'", "radius_unresponsive")
        if g.r.random() < 0.4:
            st["radius"] ^= 1
            w(s, "radiusTransportThread", "RADIUS", 4, "RADIUS_SERVER_FAILOVER", "radius_db.c:1218", f"Failover occurred from RADIUS server {cur} to {RADIUS[st['radius']]}", "radius_failover")

    def webauth():
        w(site_of(), "emWeb", "PEM", 1, "WEBAUTHFAIL", "pem_api.c:7392", f"Web authentication failure for station {g.c(CLIENTS)}", "webauth_fail")

    def admin():
        u, ip = g.c(ADMINS)
        s = 0 if g.r.random() < 0.7 else 1
        if g.r.random() < 0.85:
            w(s, "emWeb" if u != "prime-svc" else "sshpmMainTask", "AAA", 5, "AAA_AUTH_ADMIN_USER", "aaa.c:3334", f"Authentication succeeded for admin user '{u}' on {ip}", "admin_auth_ok")
        else:
            w(s, "emWeb", "AAA", 3, "AAA_AUTH_ADMIN_FAILED", "aaa.c:3362", f"Authentication failed for admin user '{g.c(['admin', 'cisco', u])}' on {g.c([ip, '10.20.9.77'])}", "admin_auth_failed")

    def hup():
        L.emit(f"{syslog_ts(L.t)} logsrv01 rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2312.0\" x-pid=\"{g.num(600, 900)}\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed",
               "rsyslog_huped", None, "rsyslogd")

    ev = [(30, user_created), (22, user_deleted), (18, eap), (6, ap), (1, radar), (3, orphan), (1.2, radius), (2, webauth), (2, admin), (0.08, hup)]
    return L.run(slowed(L, ev, 20), None)


# 2 ---------------------------------------------------------------- Drupal 10.3 (the syslog module, PHP 8.3, nginx) of a sports club's web site, rsyslog's /var/log/drupal.log (local0):
#   "Dec  1 10:00:00 web01 drupal: https://www.tsv-musterstadt.de|1796119200|php|203.0.113.5|https://.../node/12|https://www.google.com/|4|0||message": Drupal's default
#   format, fields split by "|": base URL, the request's Unix time, the type, client IP, URI, referrer, the severity as a number, the user id, the link and the message;
#   404s from scanners, denied pages, logins and failed logins, content edited by the club's volunteers, PHP warnings and errors with their backtrace joined by
#   rsyslog's "#012", cron from drush (base URL "http://default"), failed mails, contact-form mails, the update check
@checked
def log_drupal(seed):
    L = Log("drupal_syslog", seed, "noyear", True, True)
    g = L.g
    BASE = "https://www.tsv-musterstadt.de"
    ROOT = "/var/www/tsv/web"
    SEVN = {3: "error", 4: "warning", 5: "notice", 6: "info"}
    MEMBERS = [(2, "admin-tsv"), (5, "j.berger"), (7, "kassenwart"), (9, "trainer-fussball"), (12, "jugendleitung"), (14, "m.krause"), (17, "presse"), (21, "s.yilmaz")]
    TITLES = {"article": ["Saisonauftakt der D-Jugend", "Ergebnisse vom Wochenende", "Sommerfest 2026: Helfer gesucht", "Neue Trainingszeiten Halle Nord",
                          "Jahreshauptversammlung: Einladung", "Kinderturnen startet wieder", "Vereinsmeisterschaft Tischtennis"],
              "page": ["Vorstand", "Mitgliedschaft", "Impressum", "Datenschutz", "Trainingszeiten", "Abteilung Leichtathletik"],
              "event": ["Laufabzeichen 2026", "Weihnachtsfeier Jugend", "Probetraining Volleyball"]}
    SCAN = ["/wp-login.php", "/wp-admin/setup-config.php", "/.env", "/.git/config", "/xmlrpc.php", "/phpmyadmin/index.php", "/admin.php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
            "/wp-content/plugins/wp-file-manager/readme.txt", "/config.json", "/.aws/credentials", "/cgi-bin/luci/;stok=/locale", "/server-status", "/backup.zip"]
    OLD = ["/index.php/aktuelles/123-sommerfest-2019", "/images/stories/mannschaft2018.jpg", "/sites/default/files/styles/large/public/2024-05/training_{n}.jpg",
           "/veranstaltungen?page={n}", "/node/{n}/feed", "/user/register"]

    def ip():
        return g.c([g.ip("pub"), f"{g.c([80, 84, 87, 91, 93, 95])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"])

    def dr(typ, sev, msg, ev, base=BASE, cip=None, uri=None, ref="", uid=0, link=""):
        step(L, 1500)
        ts = int(L.t.timestamp()) - (1 if g.r.random() < 0.1 else 0)
        cip = cip or ip()
        uri = uri if uri is not None else BASE + "/"
        L.emit(f"{syslog_ts(L.t)} web01 drupal: {base}|{ts}|{typ}|{cip}|{uri}|{ref}|{sev}|{uid}|{link}|{msg}", ev, f"{sev}|{SEVN[sev]}", typ)

    def not_found():
        if g.r.random() < 0.6:
            p = g.c(SCAN)
            ref = ""
        else:
            p = g.c(OLD).replace("{n}", str(g.num(1, 400)))
            ref = g.c(["https://www.google.com/", "https://www.bing.com/", "", BASE + "/aktuelles"])
        dr("page not found", 4, p, "page_not_found", uri=BASE + p, ref=ref)

    def denied():
        p = g.c(["/admin/config", "/admin/people", "/node/add/article", f"/user/{g.num(1, 40)}/edit", "/admin/content", "/user/1"])
        dr("access denied", 4, p, "access_denied", uri=BASE + p, ref=g.c(["", BASE + "/user/login"]))

    def login():
        uid, name = g.c(MEMBERS)
        cip = g.c(["91.64.", "84.133.", "95.90."]) + f"{g.num(0, 255)}.{g.num(1, 254)}"
        r = g.r.random()
        if r < 0.55:
            dr("user", 5, f"Session opened for {name}.", "session_opened", cip=cip, uri=BASE + "/user/login", ref=BASE + "/user/login", uid=uid)
            if g.r.random() < 0.4:
                L.tick(600)
                dr("user", 5, f"Session closed for {name}.", "session_closed", cip=cip, uri=BASE + "/user/logout", ref=BASE + "/admin/content", uid=uid)
        elif r < 0.85:
            who = g.c(["admin", "administrator", "root", "test", name, "info@tsv-musterstadt.de"])
            cip = ip()
            dr("user", 5, f"Login attempt failed for {who}.", "login_failed_user", cip=cip, uri=BASE + "/user/login", ref=BASE + "/user/login")
            if g.r.random() < 0.3:
                dr("user", 5, f"Login attempt failed from {cip}.", "login_failed_ip", cip=cip, uri=BASE + "/user/login", ref=BASE + "/user/login")
        else:
            dr("user", 5, f"Password reset instructions mailed to {name} at {name.replace('-', '.')}@{g.c(['gmx.de', 'web.de', 't-online.de', 'gmail.com'])}.", "password_reset_mailed",
               cip=cip, uri=BASE + "/user/password", ref=BASE + "/user/password")

    def content():
        uid = g.c(MEMBERS[1:])[0]
        bundle = g.c(["article", "article", "article", "page", "event"])
        title = g.c(TITLES[bundle])
        nid = g.num(40, 900)
        label = {"article": "Artikel", "page": "Einfache Seite", "event": "Termin"}[bundle]
        cip = g.c(["91.64.", "84.133.", "95.90."]) + f"{g.num(0, 255)}.{g.num(1, 254)}"
        r = g.r.random()
        if r < 0.3:
            dr("content", 5, f"{label}: added {title}.", "content_added", cip=cip, uri=BASE + f"/node/add/{bundle}", ref=BASE + f"/node/add/{bundle}", uid=uid, link="Anzeigen")
        elif r < 0.93:
            dr("content", 5, f"{label}: updated {title}.", "content_updated", cip=cip, uri=BASE + f"/node/{nid}/edit", ref=BASE + f"/node/{nid}/edit", uid=uid, link="Anzeigen")
        else:
            dr("content", 5, f"{label}: deleted {title}.", "content_deleted", cip=cip, uri=BASE + f"/node/{nid}/delete", ref=BASE + f"/node/{nid}/delete", uid=uid)

    def backtrace(frames):
        return "#012".join(f"#{k} {f}" for k, f in enumerate(frames + ["{main}"]))

    def php():
        r = g.r.random()
        uri = BASE + g.c(["/aktuelles", "/", f"/node/{g.num(40, 900)}", "/termine", "/mannschaften/herren-1"])
        if r < 0.5:
            key = g.c(["field_teaser_image", "#attributes", "field_ort", "0"])
            fr = [f"{ROOT}/core/includes/bootstrap.inc(166): _drupal_error_handler_real(2, 'Undefined array...', '{ROOT}/themes/custom/tsv_theme/tsv_theme.theme', {g.num(40, 300)})",
                  f"{ROOT}/themes/custom/tsv_theme/tsv_theme.theme({g.num(40, 300)}): _drupal_error_handler(2, 'Undefined array...', '{ROOT}/themes/custom/tsv_theme/tsv_theme.theme', {g.num(40, 300)})",
                  f"{ROOT}/core/lib/Drupal/Core/Theme/ThemeManager.php({g.num(200, 400)}): tsv_theme_preprocess_node(Array, 'node', Array)",
                  f"{ROOT}/core/lib/Drupal/Core/Render/Renderer.php({g.num(400, 500)}): Drupal\\Core\\Theme\\ThemeManager->render('node', Array)"]
            dr("php", 4, f"Warning: Undefined array key \"{key}\" in tsv_theme_preprocess_node() (line {g.num(40, 300)} of {ROOT}/themes/custom/tsv_theme/tsv_theme.theme) {backtrace(fr)}.",
               "php_warning", uri=uri, ref=g.c(["", BASE + "/"]))
        elif r < 0.75:
            bt = backtrace([f"{ROOT}/modules/contrib/calendar_view/src/Plugin/views/style/CalendarViewBase.php({g.num(100, 400)}): "
                            "Drupal\\calendar_view\\Plugin\\views\\style\\CalendarViewBase->buildTable(Array)",
                            f"{ROOT}/core/modules/views/src/ViewExecutable.php(1600): Drupal\\views\\Plugin\\views\\style\\StylePluginBase->render(Array)"])
            dr("php", 5, f"Deprecated function: Creation of dynamic property Drupal\\calendar_view\\Plugin\\views\\style\\CalendarViewMonth::$month is deprecated in "
                         f"Drupal\\calendar_view\\Plugin\\views\\style\\CalendarViewBase->buildTable() (line {g.num(100, 400)} of {ROOT}/modules/contrib/calendar_view/src/Plugin/views/style/CalendarViewBase.php) "
                         f"{bt}.", "php_deprecated", uri=BASE + "/termine", ref=g.c(["", BASE + "/"]))
        elif r < 0.92:
            fr = [f"{ROOT}/modules/custom/tsv_spielplan/src/Controller/SpielplanController.php({g.num(40, 200)}): Drupal\\tsv_spielplan\\FussballDeClient->fetch('0{g.num(10000, 99999)}')",
                  f"[internal function]: Drupal\\tsv_spielplan\\Controller\\SpielplanController->page(Object(Symfony\\Component\\HttpFoundation\\Request))",
                  f"{ROOT}/core/lib/Drupal/Core/EventSubscriber/EarlyRenderingControllerWrapperSubscriber.php(123): call_user_func_array(Array, Array)"]
            dr("php", 3, f"GuzzleHttp\\Exception\\ConnectException: cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) "
                         f"for https://www.fussball.de/ajax.team.matchplan/-/id/{g.hx(26).upper()} in GuzzleHttp\\Handler\\CurlFactory::createRejection() (line 210 of {ROOT}/../vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php). {backtrace(fr)}.",
               "php_guzzle_exception", uri=BASE + "/mannschaften/herren-1/spielplan", ref=g.c(["", BASE + "/mannschaften"]))
        else:
            bt = backtrace([f"{ROOT}/core/lib/Drupal/Core/Theme/ThemeManager.php(287): tsv_theme_preprocess_paragraph__bild(Array, Object(Drupal\\Core\\Theme\\ActiveTheme))",
                            f"{ROOT}/core/lib/Drupal/Core/Render/Renderer.php(491): Drupal\\Core\\Theme\\ThemeManager->render(Array, Array)"])
            dr("php", 3, f"Error: Call to a member function getFileUri() on null in tsv_theme_preprocess_paragraph__bild() (line {g.num(300, 400)} of {ROOT}/themes/custom/tsv_theme/tsv_theme.theme) "
                         f"{bt}.", "php_error", uri=uri, ref="")

    def cron():
        L.t = L.t.replace(minute=g.c([0, 15, 30, 45]), second=g.num(1, 3)) + dt.timedelta(hours=1)
        kw = dict(base="http://default", cip="127.0.0.1", uri="http://default/")
        mods = ["dblog", "file", "history", "node", "search", "system", "update", "captcha", "simple_sitemap"]
        prev = None
        for m in mods:
            if prev is None:
                dr("cron", 6, f"Starting execution of {m}_cron().", "cron_starting_first", **kw)
            else:
                dr("cron", 6, f"Starting execution of {m}_cron(), execution of {prev}_cron() took {g.f(0.5, 900, 2)}ms.", "cron_starting_next", **kw)
            prev = m
            if m == "update" and g.r.random() < 0.3:
                dr("update", 5, "Attempted to fetch information about all available new releases and updates.", "update_fetch_attempted", **kw)
            if m == "search" and g.r.random() < 0.2:
                dr("search", 5, f"Indexed {g.num(1, 40)} items for search.", "search_indexed", **kw)
        dr("cron", 6, f"Execution of {prev}_cron() took {g.f(0.5, 900, 2)}ms.", "cron_execution_took", **kw)
        dr("cron", 5, "Cron run completed.", "cron_completed", **kw)

    def mail():
        if g.r.random() < 0.5:
            dr("mail", 3, f"Error sending email (from info@tsv-musterstadt.de to {g.c(['vorstand', 'jugend', 'kasse'])}@tsv-musterstadt.de with reply-to not set).", "mail_error",
               uri=BASE + "/kontakt", ref=BASE + "/kontakt")
        else:
            nm = g.c(["Sabine Lorenz", "Tim Hartmann", "Familie Özdemir", "Peter K."])
            dr("contact", 5, f"{nm} ({g.c(['sabine.lorenz', 'tim.h', 'oezdemir', 'pk1970'])}@{g.c(['gmx.de', 'web.de', 'gmail.com'])}) sent an email regarding {g.c(['Allgemeine Anfrage', 'Mitgliedschaft', 'Jugendabteilung'])}.",
               "contact_sent", uri=BASE + "/kontakt", ref=BASE + "/kontakt")

    ev = [(40, not_found), (8, denied), (14, login), (6, content), (10, php), (2.5, cron), (2, mail)]
    return L.run(slowed(L, ev, 60), None)


# 3 ---------------------------------------------------------------- Linkerd 2.16 (stable) proxy beside a shop's checkout service on Kubernetes, `kubectl logs -n shop deploy/checkout -c linkerd-proxy`:
#   "[  3512.123456s]  WARN ThreadId(01) outbound:proxy{addr=10.96.41.12:8080}:service{ns=shop name=cart port=8080}:endpoint{addr=10.244.3.17:8080}: linkerd_reconnect: msg":
#   seconds since the proxy started, the level right-aligned, the thread, tracing spans, the target module; the start-up, endpoints refusing connections while pods of
#   the cart service roll, balancers entering and leaving fail-fast, requests failed back to the app, inbound connections reset by the ingress, gRPC timeouts to the
#   payments service, the identity certificate renewed every day, the destination controller restarting
@checked
def log_linkerd(seed):
    L = Log("linkerd_proxy_kubectl_logs", seed, "rel", True, True)
    g = L.g
    t0 = L.t
    SVCS = [("cart", "10.96.41.12", 8080, "http"), ("catalog", "10.96.17.230", 8080, "http"), ("payments", "10.96.12.50", 8443, "grpc"), ("pricing", "10.96.88.4", 9090, "grpc"),
            ("redis-master", "10.96.5.77", 6379, "opaque")]
    PODS = {s[0]: [f"10.244.{g.num(1, 6)}.{g.num(2, 250)}" for _ in range(3)] for s in SVCS}
    CLIENTS = [f"10.244.{g.num(1, 6)}.{g.num(2, 250)}" for _ in range(12)]
    ID = "checkout.shop.serviceaccount.identity.linkerd.cluster.local"
    st = {"ff": set(), "cert": t0}

    def lk(lv, tid, spans, target, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(5, 4000))
        rel = (L.t - t0).total_seconds()
        sec = int(rel)
        L.emit(f"[{sec:>6}.{int(round((rel - sec) * 1e6)) % 1000000:06d}s] {lv:>5} ThreadId({tid:02d}) {spans + ': ' if spans else ''}{target}: {msg}", ev, lv, target)

    def svc_span(s):
        return f"outbound:proxy{{addr={s[1]}:{s[2]}}}:service{{ns=shop name={s[0]} port={s[2]}}}"

    def startup():
        L.t = t0
        for msg, ev in [("Using single-threaded proxy runtime", None), ("Admin interface on 0.0.0.0:4191", "admin_interface"), ("Inbound interface on 0.0.0.0:4143", "inbound_interface"),
                        ("Outbound interface on 127.0.0.1:4140", "outbound_interface"), ("Tap interface on 0.0.0.0:4190", "tap_interface"), (f"SNI is {ID}", "sni_is"),
                        (f"Local identity is {ID}", "local_identity"),
                        ("Destinations resolved via linkerd-dst-headless.linkerd.svc.cluster.local:8086 (linkerd-destination.linkerd.serviceaccount.identity.linkerd.cluster.local)", "destinations_via")]:
            if ev is None:
                lk("INFO", 1, "", "linkerd2_proxy::rt", msg, "using_runtime")
            else:
                lk("INFO", 1, "", "linkerd2_proxy", msg, ev)
        L.t += dt.timedelta(milliseconds=g.num(1, 3))
        lk("WARN", 1, "watch{port=8080}:controller{addr=linkerd-policy.linkerd.svc.cluster.local:8090}:endpoint{addr=10.244.0.12:8090}", "linkerd_reconnect",
           "Failed to connect error=endpoint 10.244.0.12:8090: Connection refused (os error 111) error.sources=[Connection refused (os error 111)]", "failed_to_connect")
        L.t += dt.timedelta(milliseconds=g.num(20, 90))
        lk("INFO", 2, "daemon:identity", "linkerd_app", f"Certified identity id={ID}", "certified_identity")

    def refused():
        s = g.c(SVCS[:4])
        ep = g.c(PODS[s[0]])
        for _ in range(g.c([1, 1, 2, 3, 5])):
            lk("WARN", 1, f"{svc_span(s)}:endpoint{{addr={ep}:{s[2]}}}", "linkerd_reconnect",
               f"Failed to connect error=endpoint {ep}:{s[2]}: Connection refused (os error 111) error.sources=[Connection refused (os error 111)]", "failed_to_connect")
            L.t += dt.timedelta(milliseconds=g.c([100, 200, 400, 800, 1600]))
        if g.r.random() < 0.3:
            PODS[s[0]][PODS[s[0]].index(ep)] = f"10.244.{g.num(1, 6)}.{g.num(2, 250)}"

    def failfast():
        s = g.c(SVCS[:4])
        if s[0] in st["ff"]:
            st["ff"].discard(s[0])
            lk("INFO", 1, svc_span(s), "linkerd_proxy_balance_queue::worker", "Available; exited failfast", "exited_failfast")
            return
        st["ff"].add(s[0])
        lk("INFO", 1, svc_span(s), "linkerd_proxy_balance_queue::worker", "Unavailable; entering failfast timeout=3.0", "entering_failfast")
        for _ in range(g.num(1, 6)):
            c = g.c(CLIENTS)
            kind = "gRPC request failed" if s[3] == "grpc" else "HTTP/1.1 request failed"
            kev = "grpc_request_failed" if s[3] == "grpc" else "http_request_failed"
            lk("INFO", 1, f"outbound:proxy{{addr={s[1]}:{s[2]}}}:rescue{{client.addr={c}:{g.port()}}}", "linkerd_app_core::errors::respond",
               f"{kind} error=logical service {s[1]}:{s[2]}: route default.{'grpc' if s[3] == 'grpc' else 'http'}: backend Service.shop.{s[0]}:{s[2]}: Service.shop.{s[0]}:{s[2]}: service in fail-fast "
               f"error.sources=[route default.{'grpc' if s[3] == 'grpc' else 'http'}: backend Service.shop.{s[0]}:{s[2]}: Service.shop.{s[0]}:{s[2]}: service in fail-fast, "
               f"backend Service.shop.{s[0]}:{s[2]}: Service.shop.{s[0]}:{s[2]}: service in fail-fast, Service.shop.{s[0]}:{s[2]}: service in fail-fast, service in fail-fast]", kev)

    def timeout():
        s = g.c(SVCS[2:4])
        c = g.c(CLIENTS)
        lk("INFO", 1, f"outbound:proxy{{addr={s[1]}:{s[2]}}}:rescue{{client.addr={c}:{g.port()}}}", "linkerd_app_core::errors::respond",
           f"gRPC request failed error=logical service {s[1]}:{s[2]}: route default.grpc: backend Service.shop.{s[0]}:{s[2]}: request timed out after {g.c(['3s', '3s', '10s'])} "
           f"error.sources=[route default.grpc: backend Service.shop.{s[0]}:{s[2]}: request timed out after 3s, request timed out after 3s]", "grpc_request_failed")

    def inbound():
        c = g.c(CLIENTS)
        p = g.port()
        r = g.r.random()
        if r < 0.55:
            lk("INFO", 1, f"inbound:server{{port=8080}}:rescue{{client.addr={c}:{p}}}", "linkerd_app_core::errors::respond", "Request failed error=connection closed before message completed", "inbound_request_failed")
            lk("WARN", 1, f"inbound:server{{port=8080}}:rescue{{client.addr={c}:{p}}}", "linkerd_app_inbound::http::server", "Unexpected error error=connection closed before message completed", "inbound_unexpected_error")
        elif r < 0.85:
            lk("WARN", 1, "inbound", "linkerd_app_core::serve", "Server failed to accept connection error=Transport endpoint is not connected (os error 107)", "failed_to_accept")
        else:
            lk("INFO", 1, f"inbound:server{{port=8080}}:rescue{{client.addr={c}:{p}}}", "linkerd_app_core::errors::respond",
               "HTTP/1.1 request failed error=client {c}:{p}: server: 10.244.2.15:8080: unauthorized connection on server checkout-http error.sources=[unauthorized connection on server checkout-http]".replace("{c}", c).replace("{p}", str(p)),
               "http_request_failed")

    def redis():
        s = SVCS[4]
        ep = PODS["redis-master"][0]
        lk("WARN", 1, f"outbound:proxy{{addr={s[1]}:{s[2]}}}:forward{{addr={ep}:{s[2]}}}", "linkerd_app_core::serve",
           f"Server failed to accept connection error=connect timed out after 1s error.sources=[connect timed out after 1s]", "forward_connect_timeout")

    def identity():
        if (L.t - st["cert"]).total_seconds() < 16 * 3600:
            return inbound()
        st["cert"] = L.t
        lk("INFO", 2, "daemon:identity", "linkerd_app", f"Certified identity id={ID}", "certified_identity")

    def dst():
        lk("WARN", 1, "watch{port=8080}:controller{addr=linkerd-policy.linkerd.svc.cluster.local:8090}", "linkerd_app_core::control",
           "Failed to resolve control-plane component error=failed SRV and A record lookups: failed to resolve SRV record: request timed out; failed to resolve A record: request timed out "
           "error.sources=[failed to resolve A record: request timed out, request timed out]", "control_resolve_failed")
        for _ in range(g.num(1, 3)):
            L.t += dt.timedelta(milliseconds=g.num(500, 3000))
            lk("WARN", 1, f"{svc_span(g.c(SVCS[:4]))}", "linkerd_proxy_api_resolve::resolve", "Destination resolution failed error=status: Unavailable, message: \"connection error: Connection refused (os error 111)\"",
               "resolution_failed")
        lk("ERROR", 1, "", "linkerd_app_core::control", "Destination service unavailable; no endpoints available for linkerd-dst-headless.linkerd.svc.cluster.local:8086", "dst_unavailable") if g.r.random() < 0.3 else None

    startup()
    ev = [(30, refused), (14, failfast), (8, timeout), (22, inbound), (4, redis), (3, identity), (1, dst)]
    return L.run(slowed(L, ev, 40), None)


# 4 ---------------------------------------------------------------- IBM Storage Protect 8.1.23 backup-archive client (the scheduler under dsmcad) on the Linux file server of an engineering office, /opt/tivoli/tsm/client/ba/bin/dsmsched.log:
#   "12/01/2026 22:00:04 message" (the en_US date, month first, no level); the scheduler querying the server for the next schedule with its dashed block, the nightly
#   incremental backups of four file systems listing every file sent ("Normal File-->   1,234 /path [Sent]"), directories, updated and expired objects, files that
#   changed or vanished during the backup, progress lines, a session lost and re-established, the statistics block, results sent to the server, log pruning;
#   "Executing scheduled command now." is the one line written without a stamp (after a stamped empty line)
@checked
def log_isp(seed):
    L = Log("storage_protect_dsmsched", seed, "full", False, False, start=dt.datetime(2026, 11, 26, 21, 48, 7, tzinfo=UTC))
    g = L.g
    NODE, SERVER, SCHED = "FS01", "SP01", "DAILY_2200"
    PROJ = [f"P{y}-{g.num(100, 199)}" for y in (2024, 2025, 2026) for _ in range(4)]
    PEOPLE = ["aschmitt", "bkoch", "cwolf", "dbraun", "ehartmann", "fkrueger", "gzimmer", "hvogel"]
    st = {"last": L.t - dt.timedelta(hours=12)}

    def s(msg, ev, t=None):
        t = t or L.t
        L.emit(f"{t:%m/%d/%Y %H:%M:%S} {msg}", ev)

    def adv(ms):
        L.t += dt.timedelta(milliseconds=g.num(0, ms))

    ROOTFILES = [("/etc/samba/smb.conf", 4812), ("/etc/fstab", 1204), ("/etc/passwd", 2987), ("/etc/shadow", 1650), ("/etc/group", 1102), ("/root/.bash_history", 18231),
                 ("/etc/cron.d/sp-sched", 212), ("/opt/tivoli/tsm/client/ba/bin/dsm.sys", 733), ("/etc/hosts", 402), ("/etc/ssh/sshd_config", 3301), ("/etc/resolv.conf", 96)]
    VARFILES = ["/var/log/syslog", "/var/log/samba/log.smbd", "/var/lib/samba/private/secrets.tdb", "/var/backups/dpkg.status.0", "/var/log/apt/history.log",
                "/var/lib/dpkg/status", "/var/log/auth.log", "/var/log/kern.log"] + [f"/var/log/samba/log.{p}" for p in PEOPLE]
    HOME = [("Dokumente", ["docx", "xlsx", "pdf"], ["Rechnung", "Urlaubsantrag", "Reisekosten", "Stundenzettel", "Notizen", "Vorlage"]),
            ("Downloads", ["pdf", "zip", "msg"], ["Datenblatt", "Rechnung", "Angebot", "Treiber", "Scan"]),
            ("Desktop", ["docx", "pdf", "xlsx"], ["Entwurf", "TODO", "Kopie von Angebot", "Liste"]),
            ("Bilder", ["jpg", "png"], ["IMG", "Baustelle", "Screenshot"])]
    SIZES = {"dwg": (400000, 40000000), "pdf": (40000, 9000000), "docx": (12000, 900000), "xlsx": (9000, 3000000), "jpg": (200000, 8000000), "png": (30000, 3000000),
             "ifc": (1000000, 300000000), "rvt": (9000000, 800000000), "msg": (20000, 4000000), "zip": (100000, 90000000), "bak": (400000, 40000000)}
    PROJDIRS = [("CAD", ["dwg", "bak", "pdf"], ["Grundriss", "Schnitt", "Ansicht", "Detail", "Lageplan"]), ("BIM", ["rvt", "ifc"], ["Modell", "Koordination", "TGA"]),
                ("Korrespondenz", ["msg", "pdf", "docx"], ["AW", "WG", "Protokoll", "Besprechung"]), ("Statik", ["pdf", "xlsx"], ["Lastannahmen", "Nachweis", "Positionsplan"]),
                ("Fotos", ["jpg"], ["IMG", "Baustelle"]), ("Ausschreibung", ["xlsx", "pdf", "docx"], ["LV", "Angebot", "Preisspiegel"])]

    def fname(stems, exts, stamp=True):
        e = g.c(exts)
        stem = g.c(stems)
        if stem in ("IMG", "Scan", "Screenshot", "Baustelle"):
            return f"{stem}_{(L.t - dt.timedelta(days=g.num(0, 700))):%Y%m%d}_{g.num(1000, 9999)}.{e}", e
        return f"{stem}_{g.c(['EG', 'OG1', 'OG2', 'DG', 'KG', 'A', 'B', '2026-11', 'final', 'neu'])}{'_v' + str(g.num(1, 14)) if stamp and g.r.random() < 0.6 else ''}.{e}", e

    def path(fs, lock=False):
        """a path of the file system and its (extension, smallest, largest size); lock: an Office owner file or LibreOffice lock that comes and goes"""
        if fs == "/srv/projects":
            d, exts, stems = g.c(PROJDIRS)
            n, e = fname(stems, exts)
            if lock:
                n = g.c([f"~${n[2:]}", f".~lock.{n}#"])
            return f"/srv/projects/{g.c(PROJ)}/{d}/{n}", (e,) + SIZES[e]
        if fs == "/home":
            d, exts, stems = g.c(HOME)
            n, e = fname(stems, exts, stamp=False)
            if lock:
                n = g.c([f"~${n[2:]}", f".~lock.{n}#"])
            return f"/home/{g.c(PEOPLE)}/{d}/{n}", (e,) + SIZES[e]
        if fs == "/var":
            return g.c(VARFILES), ("log", 1000, 9000000)
        p, size = g.c(ROOTFILES)
        return p, ("conf", size, size)

    def query():
        s("Querying server for next scheduled event.", "querying_server")
        s(f"Node Name: {NODE}", "node_name")
        adv(400)
        s(f"Session established with server {SERVER}: Linux/x86_64", "session_established")
        s("  Server Version 8, Release 1, Level 24.000", "server_version")
        s(f"  Server date/time: {L.t:%m/%d/%Y %H:%M:%S}  Last access: {st['last']:%m/%d/%Y %H:%M:%S}", "server_datetime")
        st["last"] = L.t
        s("", "blank_stamped")
        s("--- SCHEDULEREC QUERY BEGIN", "schedulerec_query_begin")
        s("--- SCHEDULEREC QUERY END", "schedulerec_query_end")
        nxt = (L.t + dt.timedelta(hours=2)).replace(hour=22, minute=0, second=0, microsecond=0)
        if nxt <= L.t:
            nxt += dt.timedelta(days=1)
        s("Next operation scheduled:", "next_operation")
        s("------------------------------------------------------------", "dashes")
        s(f"Schedule Name:         {SCHED}", "schedule_name")
        s("Action:                Incremental", "schedule_action")
        s("Objects:               ", "schedule_objects")
        s("Options:               ", "schedule_options")
        s(f"Server Window Start:   {nxt:%H:%M:%S} on {nxt:%m/%d/%Y}", "server_window_start")
        s("------------------------------------------------------------", "dashes")
        return nxt

    def backup(fs, stats):
        s(f"Incremental backup of volume '{fs}'", "incremental_of_volume")
        n = {"/": g.num(3, 15), "/var": g.num(10, 40), "/home": g.num(30, 120), "/srv/projects": g.num(80, 300)}[fs]
        done = 0
        fails = 0
        for _ in range(n):
            adv(2500)
            r = g.r.random()
            p, e = path(fs)
            size = g.num(e[1], e[2])
            if fs in ("/", "/var") and r >= 0.95 or r >= 0.95 and g.r.random() < 0.6:
                r = 0.5
            if r < 0.78:
                s(f"Normal File-->{thou(size):>20} {p} [Sent]", "normal_file_sent")
                stats["backed"] += 1
                stats["bytes"] += size
            elif r < 0.87:
                d = p.rsplit("/", 1)[0]
                s(f"Directory-->{thou(4096):>22} {d} [Sent]", "directory_sent")
                stats["backed"] += 1
            elif r < 0.91:
                s(f"Updating-->{thou(size):>23} {p} [Sent]", "updating_sent")
                stats["updated"] += 1
            elif r < 0.95:
                s(f"Expiring-->{thou(size):>23} {p} [Sent]", "expiring_sent")
                stats["expired"] += 1
            elif r < 0.975:
                s(f"ANS4037E Object '{p}' changed during processing. Object skipped.", "ans4037e_changed")
                fails += 1
            else:
                p, e = path(fs, lock=True)
                s(f"Normal File-->{thou(g.num(160, 4096)):>20} {p}  ** Unsuccessful **", "normal_file_unsuccessful")
                s(f"ANS1228E Sending of object '{p}' failed.", "ans1228e_sending_failed")
                s(f"ANS4005E Error processing '{p}': file not found", "ans4005e_not_found")
                fails += 1
            done += 1
            if done % 50 == 0 and g.r.random() < 0.5:
                s(f"ANS1898I ***** Processed {thou(g.num(1, 40) * 1000 + stats['inspected'] // 1000):>9} files *****", "ans1898i_processed")
            if g.r.random() < 0.002:
                s("ANS1809W A session with the IBM Storage Protect server has been disconnected. An attempt will be made to reestablish the connection.", "ans1809w_disconnected")
                L.t += dt.timedelta(seconds=g.num(20, 200))
                s("ANS1810E The IBM Storage Protect session has been reestablished.", "ans1810e_reestablished")
        stats["failed"] += fails
        stats["inspected"] += {"/": 180000, "/var": 40000, "/home": 600000, "/srv/projects": 2400000}[fs] + g.num(0, 90000)
        if fails:
            s(f"ANS1802E Incremental backup of '{fs}' finished with {fails} failure(s)", "ans1802e_finished_failures")
        else:
            s(f"Successful incremental backup of '{fs}'", "successful_incremental")

    def night(when):
        L.t = when + dt.timedelta(seconds=g.num(2, 9))
        s("", "blank_stamped")
        L.emit("Executing scheduled command now.", "executing_now")
        start = L.t
        s(f"--- SCHEDULEREC OBJECT BEGIN {SCHED} {when:%m/%d/%Y %H:%M:%S}", "schedulerec_object_begin")
        stats = dict(inspected=0, backed=0, updated=0, expired=0, failed=0, bytes=0)
        for fs in ["/", "/home", "/srv/projects", "/var"]:
            backup(fs, stats)
        s("", "blank_stamped")
        s("--- SCHEDULEREC STATUS BEGIN", "schedulerec_status_begin")
        el = L.t - start
        rows = [(f"Total number of objects inspected:{thou(stats['inspected']):>15}", "stat_inspected"), (f"Total number of objects backed up:{thou(stats['backed']):>15}", "stat_backed_up"),
                (f"Total number of objects updated:{thou(stats['updated']):>17}", "stat_updated"), (f"Total number of objects rebound:{'0':>17}", "stat_rebound"),
                (f"Total number of objects deleted:{'0':>17}", "stat_deleted"), (f"Total number of objects expired:{thou(stats['expired']):>17}", "stat_expired"),
                (f"Total number of objects failed:{thou(stats['failed']):>18}", "stat_failed"), (f"Total number of objects encrypted:{'0':>15}", "stat_encrypted"),
                (f"Total number of objects grew:{'0':>20}", "stat_grew"), (f"Total number of retries:{thou(g.num(0, 3)):>25}", "stat_retries"),
                (f"Total number of bytes inspected:{g.f(2.1, 2.6, 2) + ' TB':>17}", "stat_bytes_inspected"),
                (f"Total number of bytes transferred:{g.f(1, 40, 2) + ' GB':>15}", "stat_bytes_transferred"),
                (f"Data transfer time:{g.f(20, 900, 2) + ' sec':>30}", "stat_transfer_time"),
                (f"Network data transfer rate:{thou(g.num(40000, 900000)) + '.' + str(g.num(10, 99)) + ' KB/sec':>22}", "stat_network_rate"),
                (f"Aggregate data transfer rate:{thou(g.num(2000, 90000)) + '.' + str(g.num(10, 99)) + ' KB/sec':>20}", "stat_aggregate_rate"),
                (f"Objects compressed by:{'0%':>27}", "stat_compressed"), (f"Total data reduction ratio:{g.f(97, 99.99, 2) + '%':>22}", "stat_reduction"),
                (f"Elapsed processing time:{str(el).split('.')[0].rjust(8, '0'):>25}", "stat_elapsed")]
        for text, ev in rows:
            s(text, ev)
        s("--- SCHEDULEREC STATUS END", "schedulerec_status_end")
        s(f"--- SCHEDULEREC OBJECT END {SCHED} {when:%m/%d/%Y %H:%M:%S}", "schedulerec_object_end")
        if stats["failed"] > 2 and g.r.random() < 0.5:
            s(f"ANS1512E Scheduled event '{SCHED}' failed.  Return code = 12.", "ans1512e_failed")
        elif stats["failed"]:
            s(f"ANS1512E Scheduled event '{SCHED}' failed.  Return code = 4.", "ans1512e_failed")
        else:
            s(f"Scheduled event '{SCHED}' completed successfully.", "event_completed")
        s(f"Sending results for scheduled event '{SCHED}'.", "sending_results")
        adv(600)
        s(f"Results sent to server for scheduled event '{SCHED}'.", "results_sent")
        s("", "blank_stamped")
        s("ANS1483I Schedule log pruning started.", "ans1483i_pruning_started")
        s("ANS1484I Schedule log pruning finished successfully.", "ans1484i_pruning_finished")

    s("Scheduler has been started by Dsmcad.", "started_by_dsmcad")
    while len(L.rows) < N_LINES:
        nxt = query()
        s("Schedule will be refreshed in 12 hours.", "refreshed_in")
        s("Time remaining until execution: " + str(nxt - L.t).split(".")[0].rjust(8, "0"), "time_remaining")
        while nxt - L.t > dt.timedelta(hours=12):
            L.t += dt.timedelta(hours=12, seconds=g.num(0, 3))
            nxt = query()
            s("Schedule will be refreshed in 12 hours.", "refreshed_in")
        night(nxt)
        L.t += dt.timedelta(seconds=g.num(1, 5))
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Greenplum 7.3 coordinator of a retailer's data warehouse (8 segment hosts, TZ Europe/Berlin), $COORDINATOR_DATA_DIRECTORY/log/gpdb-2026-12-01_000000.csv:
#   Greenplum's CSV log (log_statement = all, log_connections and log_disconnections on, log_min_duration_statement = 5s): the time with the zone name ("CET"), user,
#   database, "p" process and "th" thread ids, client host and port, session start, transaction, "con" session and "cmd" command counters, "seg-1", distributed and
#   local transaction ids, severity, SQLSTATE, message, detail, hint, ..., the query, the source file and line; Tableau's cursors (BEGIN, declare, fetch, close),
#   the nightly ETL's multi-line INSERT ... SELECT statements (a quoted field spanning lines), COPY and ANALYZE, queries cancelled by users and by the VMEM red zone,
#   errors from segments, failed passwords, ORCA falling back to the planner, checkpoints
@checked
def log_greenplum(seed):
    L = Log("greenplum_csvlog", seed, "full", True, False)
    g = L.g
    OFF = dt.timedelta(hours=1)
    st = {"con": g.num(40000, 60000), "dx": g.num(2000000, 3000000), "xid": g.num(900000, 1200000), "ckpt": L.t}
    SEGS = [f"10.1.0.{11 + k}" for k in range(8)]
    REGIONS = ["Nord", "Süd", "West", "Ost", "Online"]

    def stamp(t):
        lt = t + OFF
        return f"{lt:%Y-%m-%d %H:%M:%S}.{us6(lt)} CET"

    def q(v):
        return '"' + str(v).replace('"', '""') + '"'

    def row(sess, sev, code, msg, ev, detail="", dqs="", file="postgres.c", line=1664, cmd=True, cursor=0, xid=0, dx=True, hint=""):
        step(L, 40)
        sess["cmd"] += 1 if cmd else 0
        f = [stamp(L.t), q(sess["user"]) if sess.get("user") else "", q(sess["db"]) if sess.get("db") else "", f"p{sess['pid']}", f"th{sess['th']}",
             q(sess["host"]) if sess.get("host") else "", q(sess["port"]) if sess.get("port") else "", sess["start"], str(xid), f"con{sess['con']}" if sess.get("con") else "",
             f"cmd{sess['cmd']}" if cmd and sess.get("con") else "", "seg-1", "", f"dx{st['dx']}" if dx and sess.get("con") else "", f"x{xid}" if xid else "", "sx1",
             q(sev), q(code), q(msg), q(detail) if detail else "", q(hint) if hint else "", "", "", "", q(dqs) if dqs else "", str(cursor), "", q(file), str(line), ""]
        lines = ",".join(f).split("\n")
        lv = sev
        L.emit(lines[0], ev, lv)
        for x in lines[1:]:
            L.emit(x, "query_sql_line", lv)

    def new_sess(user, db, host):
        st["con"] += 1
        s = {"user": user, "db": db, "host": host, "port": str(g.port()), "pid": g.num(20000, 400000), "th": g.c([g.num(100000000, 2147483647), -g.num(100000000, 2147483647)]),
             "con": st["con"], "cmd": 0}
        s["start"] = f"{(L.t + OFF):%Y-%m-%d %H:%M:%S} CET"
        pre = dict(s, user=None, db=None)
        row(pre, "LOG", "00000", f"connection received: host={host} port={s['port']}", "connection_received", file="postmaster.c", line=4472, cmd=False, dx=False)
        row(s, "LOG", "00000", f"connection authorized: user={user} database={db}", "connection_authorized", file="postinit.c", line=300, cmd=False, dx=False)
        return s

    def end_sess(s):
        el = L.t + OFF - dt.datetime.strptime(s["start"][:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        secs = el.total_seconds() + g.r.random()
        row(s, "LOG", "00000", f"disconnection: session time: {int(secs // 3600)}:{int(secs % 3600 // 60):02d}:{secs % 60:06.3f} user={s['user']} database={s['db']} host={s['host']} port={s['port']}",
            "disconnection", file="postgres.c", line=5015, cmd=False, dx=False)

    def stmt(s, sql, dur=None):
        st["dx"] += 1
        row(s, "LOG", "00000", f"statement: {sql}", "statement", dqs=sql)
        if dur is not None:
            L.t += dt.timedelta(milliseconds=dur)
            row(s, "LOG", "00000", f"duration: {dur:.3f} ms", "duration", dqs=sql, line=2094, cmd=False)

    def bi():
        s = new_sess("tableau_svc", "dwh", "10.1.9.31")
        cur = f"SQL_CUR0x{g.hx(12)}"
        col = g.c(["region", "channel", "product_group", "store_id"])
        sql = (f'SELECT "orders"."{col}" AS "{col}", SUM("orders"."net_amount") AS "sum:net_amount:ok", COUNT(DISTINCT "orders"."customer_id") AS "ctd:customer_id:ok" '
               f'FROM "mart"."orders_daily" "orders" WHERE (("orders"."order_date" >= DATE \'2026-{g.num(9, 11):02d}-01\') AND ("orders"."order_date" < DATE \'2026-12-01\')) GROUP BY 1')
        stmt(s, "BEGIN")
        stmt(s, f'declare "{cur}" cursor with hold for {sql}')
        slow = g.r.random() < 0.25
        for k in range(g.num(1, 4)):
            if k == 0 and slow:
                if g.r.random() < 0.2:
                    L.t += dt.timedelta(seconds=g.num(5, 60))
                    row(s, "ERROR", "57014", "canceling statement due to user request", "canceling_user_request", dqs=f'fetch 2048 in "{cur}"', line=3231, cmd=False)
                    stmt(s, "ROLLBACK")
                    end_sess(s)
                    return
            stmt(s, f'fetch 2048 in "{cur}"', dur=g.num(5000, 60000) + g.r.random() if k == 0 and slow else None)
        stmt(s, f'close "{cur}"')
        stmt(s, "COMMIT")
        L.tick(10)
        end_sess(s)

    def etl():
        s = new_sess("etl", "dwh", "10.1.4.20")
        day = (L.t - dt.timedelta(days=1)).strftime("%Y-%m-%d")
        stmt(s, "SET search_path TO stage, mart, public")
        stmt(s, "TRUNCATE stage.orders")
        stmt(s, "COPY stage.orders FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';')", dur=g.num(5000, 90000) + g.r.random())
        sql = (f"INSERT INTO mart.orders_daily (order_date, region, channel, product_group, orders, net_amount)\n"
               f"SELECT o.order_date, c.region, o.channel, p.product_group, count(*), sum(o.net_amount)\n"
               f"FROM stage.orders o\n"
               f"JOIN dim.customer c ON c.customer_id = o.customer_id\n"
               f"JOIN dim.product p ON p.product_id = o.product_id\n"
               f"WHERE o.order_date = '{day}'\n"
               f"GROUP BY 1, 2, 3, 4")
        r = g.r.random()
        if r < 0.12:
            row(s, "ERROR", "23505", f'duplicate key value violates unique constraint "orders_daily_pkey"  (seg{g.num(0, 15)} {g.c(SEGS)}:{g.c([6000, 6001])} pid={g.num(10000, 90000)})',
                "duplicate_key", detail=f"Key (order_date, region, channel, product_group)=({day}, {g.c(REGIONS)}, {g.c(['web', 'store', 'app'])}, {g.c(['Garten', 'Werkzeug', 'Haushalt'])}) already exists.",
                dqs=sql, line=1664)
            stmt(s, "ROLLBACK")
        elif r < 0.2:
            row(s, "ERROR", "XX000", f"Canceling query because of high VMEM usage. Used: {g.num(7400, 8100)}MB, available {g.num(400, 1400)}MB, red zone: 7372MB (runaway_cleaner.c:202)  "
                                     f"(seg{g.num(0, 15)} slice{g.num(1, 4)} {g.c(SEGS)}:{g.c([6000, 6001])} pid={g.num(10000, 90000)}) (cdbdisp.c:254)", "vmem_cancel", dqs=sql, line=1664)
        else:
            stmt(s, sql, dur=g.num(5000, 300000) + g.r.random())
            stmt(s, "ANALYZE mart.orders_daily")
        if g.r.random() < 0.3:
            sql2 = "UPDATE mart.store_kpi k\nSET conversion = k.orders::numeric / k.visits\nFROM stage.store_visits v\nWHERE v.store_id = k.store_id AND v.visit_date = k.kpi_date"
            row(s, "ERROR", "22012", f"division by zero  (seg{g.num(0, 15)} slice1 {g.c(SEGS)}:{g.c([6000, 6001])} pid={g.num(10000, 90000)})", "division_by_zero", dqs=sql2, line=1664)
        end_sess(s)

    def analyst():
        user = g.c(["m.weiss", "t.nguyen", "s.keller", "a.roth"])
        s = new_sess(user, "dwh", f"10.2.{g.num(10, 40)}.{g.num(2, 250)}")
        for _ in range(g.num(1, 4)):
            r = g.r.random()
            if r < 0.6:
                tb = g.c(["mart.orders_daily", "mart.store_kpi", "dim.customer", "dim.product", "mart.returns"])
                stmt(s, f"SELECT * FROM {tb} WHERE region = '{g.c(REGIONS)}' AND {g.c(['order_date', 'kpi_date', 'valid_from'])} >= '2026-{g.num(1, 11):02d}-01' LIMIT 200")
            elif r < 0.8:
                tb = f"stage.orders_{g.c(['2026_11', '2025', 'backup'])}"
                row(s, "ERROR", "42P01", f'relation "{tb}" does not exist', "relation_not_exist", dqs=f"SELECT count(*) FROM {tb}", line=1664, cursor=22)
            elif r < 0.92:
                sql = "SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY 2 DESC LIMIT 20"
                row(s, "LOG", "00000", "Falling back to Postgres-based planner because GPORCA does not support the following feature: Queries on master-only tables", "orca_fallback",
                    dqs=sql, file="orca.c", line=197, cmd=False)
                stmt(s, sql)
            else:
                sql = "SELECT gp_segment_id, count(*)\nFROM mart.orders_daily\nGROUP BY 1\nORDER BY 1"
                stmt(s, sql, dur=g.num(5000, 20000) + g.r.random())
            L.tick(20)
        end_sess(s)

    def bad_login():
        st["con"] += 1
        host = g.c(["10.1.9.31", "10.2.17.4", "10.9.8.7"])
        user = g.c(["bi_reader", "postgres", "gpadmin", "tableau_svc"])
        s = {"pid": g.num(20000, 400000), "th": g.num(100000000, 2147483647), "host": host, "port": str(g.port()), "con": st["con"], "cmd": 0,
             "start": f"{(L.t + OFF):%Y-%m-%d %H:%M:%S} CET"}
        row(s, "LOG", "00000", f"connection received: host={host} port={s['port']}", "connection_received", file="postmaster.c", line=4472, cmd=False, dx=False)
        s.update(user=user, db=g.c(["dwh", "postgres"]))
        if host == "10.9.8.7":
            row(s, "FATAL", "28000", f'no pg_hba.conf entry for host "{host}", user "{user}", database "{s["db"]}", SSL off', "no_hba_entry", file="auth.c", line=545, cmd=False, dx=False)
        else:
            row(s, "FATAL", "28P01", f'password authentication failed for user "{user}"', "password_failed", detail='Connection matched pg_hba.conf line 95: "host  all  all  10.0.0.0/8  md5"',
                file="auth.c", line=336, cmd=False, dx=False)

    def checkpoint():
        if (L.t - st["ckpt"]).total_seconds() < 300:
            return analyst()
        st["ckpt"] = L.t
        s = {"pid": 4712, "th": 1861384320, "start": "2026-11-28 03:12:40 CET", "cmd": 0}
        row(s, "LOG", "00000", "checkpoint starting: time", "checkpoint_starting", file="xlog.c", line=9106, cmd=False, dx=False)
        L.t += dt.timedelta(seconds=g.num(30, 270))
        b = g.num(100, 90000)
        row(s, "LOG", "00000", f"checkpoint complete: wrote {b} buffers ({b / 1310.72:.1f}%); 0 WAL file(s) added, 0 removed, {g.num(0, 9)} recycled; write={g.f(10, 270, 3)} s, "
                               f"sync={g.f(0, 2, 3)} s, total={g.f(10, 272, 3)} s; sync files={g.num(10, 900)}, longest={g.f(0, 1, 3)} s, average={g.f(0, 0.1, 3)} s; "
                               f"distance={g.num(1000, 900000)} kB, estimate={g.num(1000, 900000)} kB", "checkpoint_complete", file="xlog.c", line=9188, cmd=False, dx=False)

    ev = [(40, bi), (10, etl), (18, analyst), (5, bad_login), (6, checkpoint)]
    return L.run(slowed(L, ev, 30), None)


# 6 ---------------------------------------------------------------- HiveMQ Community Edition 2024.9 (the hivemq/hivemq-ce image, a fleet-telematics MQTT broker, TLS on 8883), `docker logs hivemq`:
#   logback "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5level - %msg%n%ex" without a logger, the team's logback.xml sending the event log (client connects, disconnects, dropped
#   messages: DEBUG) to the console too; the start script's banner (no header), the start-up, the multi-line "not secure" warning, trucks connecting over flaky
#   mobile links, takeovers by the same client id, keep-alive timeouts, queues overflowing, a restart for an extension update
@checked
def log_hivemq(seed):
    L = Log("hivemq_docker_logs", seed, "full", True, False)
    g = L.g
    TRUCKS = [f"truck-{g.c(['DE', 'PL', 'CZ', 'NL'])}-{g.num(1000, 9999)}" for _ in range(70)] + [f"depot-gw-{n:02d}" for n in range(1, 7)] + ["fleet-backend-1", "fleet-backend-2", "grafana-mqtt"]
    IPS = {c: (f"10.40.{g.num(0, 3)}.{g.num(2, 250)}" if c.startswith(("fleet", "grafana", "depot")) else f"{g.c([37, 46, 77, 80, 176, 188, 213])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}")
           for c in TRUCKS}
    st = {"online": set()}

    def h(lv, msg, ev, cont=()):
        step(L, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} - {msg}", ev, lv)
        for text, cev in cont:
            L.emit(text, cev, lv)

    def banner():
        art = ["                  _    _  _              __  __   ____",
               "                 | |  | |(_)            |  \\/  | / __ \\ ",
               "                 | |__| | _ __   __ ___ | \\  / || |  | |",
               "                 |  __  || |\\ \\ / // _ \\| |\\/| || |  | |",
               "                 | |  | || | \\ V /|  __/| |  | || |__| |",
               "                 |_|  |_||_|  \\_/  \\___||_|  |_| \\___\\_\\"]
        rows = [("-------------------------------------------------------------------------", "script_rule"), ("", "blank")] + [(a, "script_logo") for a in art] + \
               [("", "blank"), ("-------------------------------------------------------------------------", "script_rule"), ("", "blank"),
                ("  HiveMQ Start Script for Linux/Unix v1.13", "script_title"), ("", "blank"), ("-------------------------------------------------------------------------", "script_rule"),
                ("", "blank"), ("  HIVEMQ_HOME: /opt/hivemq", "script_home"), ("", "blank"),
                ("  JAVA_OPTS: -Djava.net.preferIPv4Stack=true --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED "
                 "--add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED -Djava.security.egd=file:/dev/./urandom "
                 "-XX:+CrashOnOutOfMemoryError -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/opt/hivemq/heap-dump.hprof -Xms1g -Xmx3g", "script_java_opts"),
                ("", "blank"), ("  JAVA_VERSION: 21", "script_java_version"), ("", "blank"), ("-------------------------------------------------------------------------", "script_rule"), ("", "blank")]
        for text, ev in rows:
            L.emit(text, ev)

    def startup():
        banner()
        L.t += dt.timedelta(seconds=1)
        h("INFO", "Starting HiveMQ Community Edition Server", "starting_server")
        h("INFO", "HiveMQ version: 2024.9", "hivemq_version")
        h("INFO", "HiveMQ home directory: /opt/hivemq", "home_directory")
        h("INFO", "Log Configuration was overridden by /opt/hivemq/conf/logback.xml", "log_config_overridden")
        h("INFO", "This HiveMQ ID is " + g.alnum(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "hivemq_id")
        L.t += dt.timedelta(seconds=2)
        h("WARN", "", "not_secure_head", [
            ("################################################################################################################", "not_secure_rule"),
            ("# This HiveMQ deployment is not secure! You are lacking Authentication and Authorization.                      #", "not_secure_text"),
            ("# Right now any MQTT client can connect to the broker with a full set of permissions.                          #", "not_secure_text"),
            ("# For production usage, add an appropriate security extension and remove the hivemq-allow-all extension.       #", "not_secure_text"),
            ("# You can download security extensions from the HiveMQ Marketplace (https://www.hivemq.com/extensions/).       #", "not_secure_text"),
            ("################################################################################################################", "not_secure_rule")])
        h("INFO", "Starting HiveMQ extension system.", "starting_extension_system")
        h("INFO", "Extension \"Allow All Extension\" version 1.0.0 started successfully.", "extension_started")
        h("INFO", "Extension \"Fleet Topic Guard\" version 2.3.1 started successfully.", "extension_started")
        h("INFO", "Started TCP Listener on address 0.0.0.0 and on port 1883", "started_listener")
        h("INFO", "Started TLS TCP Listener on address 0.0.0.0 and on port 8883", "started_tls_listener")
        h("INFO", f"Started HiveMQ in {g.num(1800, 5200)}ms", "started_hivemq")
        st["online"] = set()

    def connect():
        c = g.c(TRUCKS)
        ip = IPS[c]
        if c.startswith("truck") and g.r.random() < 0.3:
            ip = f"{g.c([37, 46, 77, 80, 176, 188, 213])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"
            IPS[c] = ip
        if c in st["online"]:
            h("DEBUG", f"Client ID: {c}, IP: {ip} was disconnected. reason: Another client connected with the same client identifier.", "disconnected_reason")
        cs = "false" if c.startswith("truck") else "true"
        exp = "86400" if c.startswith("truck") else "0"
        h("DEBUG", f"Client ID: {c}, IP: {ip}, Clean Start: {cs}, Session Expiry: {exp} connected.", "client_connected")
        st["online"].add(c)

    def disconnect():
        if not st["online"]:
            return connect()
        c = g.c(sorted(st["online"]))
        st["online"].discard(c)
        r = g.r.random()
        if r < 0.45:
            h("DEBUG", f"Client ID: {c}, IP: {IPS[c]} disconnected gracefully.", "disconnected_gracefully")
        elif r < 0.75:
            h("DEBUG", f"Client ID: {c}, IP: {IPS[c]} disconnected ungracefully.", "disconnected_ungracefully")
        elif r < 0.92:
            h("DEBUG", f"Client ID: {c}, IP: {IPS[c]} was disconnected. reason: Client did not send any message in the keep alive interval of {g.c([60, 90, 120])} seconds.", "disconnected_reason")
        else:
            h("DEBUG", f"Client ID: {c}, IP: {IPS[c]} was disconnected. reason: Exception: Connection reset by peer", "disconnected_reason")

    def dropped():
        c = g.c([x for x in TRUCKS if x.startswith(("fleet", "grafana"))])
        t = f"fleet/{g.c([x for x in TRUCKS if x.startswith('truck')])}/{g.c(['telemetry', 'position', 'tacho', 'reefer/temp'])}"
        if g.r.random() < 0.7:
            h("DEBUG", f"Outgoing publish message was dropped. Receiving consumer: {c}, topic: {t}, qos: 1, reason: The client message queue is full.", "dropped_queue_full")
        else:
            h("WARN", f"Client with ID {c} and IP {IPS[c]} has exceeded the maximum allowed queue size of 1000. Messages will be dropped.", "queue_exceeded")

    def bad():
        c = g.c([x for x in TRUCKS if x.startswith("truck")])
        r = g.r.random()
        if r < 0.5:
            h("DEBUG", f"Client ID: {c}, IP: {IPS[c]} was disconnected. reason: Sent PUBLISH with a topic that contains a wildcard character (#/+).", "disconnected_reason")
        elif r < 0.8:
            h("WARN", f"SSL Handshake failed for client with IP {IPS[c]}. Use loglevel DEBUG for more information.", "ssl_handshake_failed")
        else:
            h("ERROR", f"Could not read the certificate of client with IP {IPS[c]}: certificate has expired on 2026-11-30T23:59:59Z", "certificate_expired")

    def restart():
        h("INFO", "Shutting down HiveMQ. Please wait, this will take a few seconds...", "shutting_down")
        h("INFO", "Shutting down listeners and clients", "shutting_down_listeners")
        h("INFO", "Shutting down extension system", "shutting_down_extensions")
        h("INFO", "Finished shutdown of extension system", "finished_extensions")
        h("INFO", "Shutting down persistences", "shutting_down_persistences")
        h("INFO", "Finished shutdown of persistences", "finished_persistences")
        h("INFO", "Shutdown completed.", "shutdown_completed")
        L.t += dt.timedelta(seconds=g.num(20, 90))
        startup()

    startup()
    ev = [(40, connect), (36, disconnect), (6, dropped), (4, bad), (0.12, restart)]
    return L.run(slowed(L, ev, 25), None)


def go_dur(ns):
    """A Go time.Duration the way its String() writes it: 812ns, 4.529µs, 12.345678ms, 1.234567891s."""
    def trim(x):
        return x.rstrip("0").rstrip(".")
    if ns < 1000:
        return f"{ns}ns"
    if ns < 1000000:
        return trim(f"{ns / 1000:.3f}") + "µs"
    if ns < 1000000000:
        return trim(f"{ns / 1000000:.6f}") + "ms"
    return trim(f"{ns / 1000000000:.9f}") + "s"


# 7 ---------------------------------------------------------------- KrakenD Community Edition 2.7 (the devopsfaith/krakend image) as the API gateway of a shop's mobile apps, `docker logs krakend`:
#   the "telemetry/logging" component with the prefix "[KRAKEND]": "[KRAKEND] 2026/12/01 - 10:00:00.123 ▶ INFO message" (go-logging cuts the level to six letters:
#   "WARNIN"), Gin's access log "[GIN] 2026/12/01 - 10:00:00 | 200 |   12.345678ms |      10.0.0.5 | GET      "/v1/products"" with the request's errors on the
#   line after it ("Error #01: ..."), the start-up with its logo and "Parsing configuration file" line (no header), health checks, backends timing out, circuit
#   breakers opening, expired tokens, a redeploy
@checked
def log_krakend(seed):
    L = Log("krakend_docker_logs", seed, "full", True, True)
    g = L.g
    EPS = [("GET", "/v1/products", "/v1/products", 30), ("GET", "/v1/products/{id}", "/v1/products/:id", 40), ("GET", "/v1/search", "/v1/search", 18), ("GET", "/v1/cart", "/v1/cart", 14),
           ("POST", "/v1/cart/items", "/v1/cart/items", 8), ("GET", "/v1/me", "/v1/me", 10), ("POST", "/v1/orders", "/v1/orders", 3), ("GET", "/v1/orders/{id}", "/v1/orders/:id", 4),
           ("GET", "/v1/stores/nearby", "/v1/stores/nearby", 4)]
    LB = ["10.0.1.10", "10.0.1.11"]
    st = {"cb": set()}

    def kd(lv, msg, ev):
        step(L, 50)
        L.emit(f"[KRAKEND] {L.t:%Y/%m/%d - %H:%M:%S}.{ms3(L.t)} ▶ {lv[:6]} {msg}", ev, lv if len(lv) <= 6 else lv[:6] + "|" + lv, "KRAKEND")

    def gin(code, ns, ip, method, path, errs=()):
        L.t += dt.timedelta(microseconds=g.num(1, 900000))
        L.emit(f"[GIN] {L.t:%Y/%m/%d - %H:%M:%S} | {code:3d} | {go_dur(ns):>13} | {ip:>15} | {method:<7}  \"{path}\"", "gin_access", None, "GIN")
        for k, e in enumerate(errs, 1):
            L.emit(f"Error #{k:02d}: {e}", "gin_error_line", None, "GIN")

    def startup():
        logo = ["`7MMF' `YMM' `7MM\"\"\"Mq.        db      `7MMF' `YMM' `7MM\"\"\"YMM `7MN.   `7MF'`7MM\"\"\"Yb.",
                "  MM   .M'     MM   `MM.      ;MM:       MM   .M'     MM    `7   MMN.    M    MM    `Yb.",
                "  MM .d\"       MM   ,M9      ,V^MM.      MM .d\"       MM   d     M YMb   M    MM     `Mb",
                "  MMMMM.       MMmmdM9      ,M  `MM      MMMMM.       MMmmMM     M  `MN. M    MM      MM",
                "  MM  VMA      MM  YM.      AbmmmqMA     MM  VMA      MM   Y  ,  M   `MM.M    MM     ,MP",
                "  MM   `MM.    MM   `Mb.   A'     VML    MM   `MM.    MM     ,M  M     YMM    MM    ,dP'",
                ".JMML.   MMb..JMML. .JMM..AMA.   .AMMA..JMML.   MMb..JMMmmmmMMM .JML.    YM  .JMMmmmdP'",
                "_______________________________________________________________________________________"]
        for x in logo:
            L.emit(x, "logo_row")
        L.emit("Version: 2.7.2", "logo_version")
        L.emit("", "blank")
        L.emit("Parsing configuration file: /etc/krakend/krakend.json", "parsing_config")
        L.t += dt.timedelta(milliseconds=g.num(20, 200))
        kd("INFO", "Starting KrakenD v2.7.2", "starting")
        kd("INFO", "Working directory is /etc/krakend", "working_dir")
        kd("INFO", f"[SERVICE: Telemetry] Registering usage stats for Cluster ID '{g.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}='", "usage_stats")
        kd("INFO", "[SERVICE: Gin] Debug mode disabled", "gin_debug_disabled")
        kd("INFO", "[SERVICE: Metrics] Starting the metrics server at :8090", "metrics_server")
        kd("INFO", "[SERVICE: AsyncAgent] No async agents are defined", "no_async_agents")
        for _, ep, gep, _ in EPS:
            if ep in ("/v1/me", "/v1/cart", "/v1/cart/items", "/v1/orders", "/v1/orders/{id}"):
                kd("INFO", f"[ENDPOINT: {gep}][JWTValidator] Validator enabled for this endpoint", "jwt_validator_enabled")
            if ep == "/v1/search":
                kd("INFO", f"[ENDPOINT: {gep}][Ratelimit] Enabling the rate limiter", "ratelimit_enabled")
        kd("INFO", "[SERVICE: Gin] Building the router", "building_router")
        kd("INFO", "[SERVICE: Gin] Listening on port: 8080", "listening")

    def req():
        m, ep, gep, _ = g.r.choices(EPS, [w for *_, w in EPS])[0]
        path = ep.replace("{id}", str(g.num(10000, 999999)))
        if ep == "/v1/search":
            path += f"?q={g.c(['akkuschrauber', 'gartenschlauch', 'led+lampe', 'bohrer', 'farbe+weiss', 'rasenmaeher'])}&page={g.num(1, 5)}"
        ip = g.c(LB)
        r = g.r.random()
        if ep.split("?")[0] in ("/v1/cart", "/v1/orders/{id}", "/v1/products/{id}") and gep in {x for x in st["cb"]}:
            gin(500, g.num(20000, 900000), ip, m, path, ["circuit breaker is open" if g.r.random() < 0.5 else "invalid status code"])
            return
        if r < 0.84:
            gin(g.c([200, 200, 200, 200, 201 if m == "POST" else 200, 304 if m == "GET" else 200]), g.num(900000, 180000000), ip, m, path)
        elif r < 0.9 and gep in ("/v1/me", "/v1/cart", "/v1/cart/items", "/v1/orders", "/v1/orders/:id"):
            gin(401, g.num(40000, 900000), ip, m, path)
            if gep in ("/v1/me", "/v1/cart", "/v1/orders") and g.r.random() < 0.4:
                kd("WARNING", f"[ENDPOINT: {gep}][JWTValidator] Unable to validate the token: token is expired", "jwt_expired")
        elif r < 0.9:
            gin(200, g.num(900000, 180000000), ip, m, path)
        elif r < 0.94:
            gin(500, g.num(900000, 90000000), ip, m, path, ["invalid status code"])
        elif r < 0.97:
            gin(500, g.num(3000000000, 3009000000), ip, m, path, ["context deadline exceeded"])
        elif r < 0.985:
            gin(429, g.num(10000, 90000), ip, m, path)
        else:
            gin(404, g.num(4000, 90000), ip, m, g.c(["/wp-login.php", "/.env", "/v2/products", "/favicon.ico", "/api/v1/products"]))

    def health():
        gin(200, g.num(3000, 40000), g.c(["10.0.1.2", "10.0.1.3"]), "GET", "/__health")

    def cb():
        gep = g.c(["/v1/cart", "/v1/orders/:id", "/v1/products/:id"])
        be = {"/v1/cart": "/carts/{{.JWT.sub}}", "/v1/orders/:id": "/orders/{{.Id}}", "/v1/products/:id": "/catalog/products/{{.Id}}"}[gep]
        name = f"cb-{be.strip('/').split('/')[0]}-1"
        if gep in st["cb"]:
            st["cb"].discard(gep)
            kd("WARNING", f"[BACKEND: {be}][CB] Circuit breaker named '{name}' went from 'half-open' to 'closed'", "cb_state_change")
            return
        st["cb"].add(gep)
        kd("WARNING", f"[BACKEND: {be}][CB] Circuit breaker named '{name}' went from 'closed' to 'open'", "cb_state_change")
        if g.r.random() < 0.7:
            L.tick(10)
            kd("WARNING", f"[BACKEND: {be}][CB] Circuit breaker named '{name}' went from 'open' to 'half-open'", "cb_state_change")

    def redeploy():
        kd("INFO", "[SERVICE: Gin] Shutting down the router", "shutting_down")
        kd("ERROR", "[SERVICE: Gin] Router execution ended: http: Server closed", "router_ended")
        L.t += dt.timedelta(seconds=g.num(5, 40))
        st["cb"] = set()
        startup()

    startup()
    ev = [(70, req), (10, health), (0.6, cb), (0.05, redeploy)]
    return L.run(ev, None)


# 8 ---------------------------------------------------------------- Concourse CI 7.12 web node (ATC and TSA) of a platform team, `docker logs concourse-web`:
#   lager JSON lines {"timestamp":"2026-12-01T10:00:00.123456789Z","level":"info","source":"atc","message":"atc.tracker.track.start","data":{"session":"18"}}:
#   the message is the lager session path plus the action; the tracker, scanners and collectors ticking, builds run and their steps, workers heartbeating through
#   the TSA, resource checks failing (GitHub rate limits, registries timing out), logins through Dex, a worker that stalls, a restart with the database not up yet
@checked
def log_concourse(seed):
    L = Log("concourse_web_json", seed, "full", True, True)
    g = L.g
    PIPES = {"shop-api": ["unit", "integration", "build-image", "deploy-staging", "deploy-prod"], "shop-web": ["lint", "test", "build", "deploy"],
             "infra": ["terraform-plan", "terraform-apply"], "mobile-backend": ["test", "image"]}
    RES = ["repo", "image", "version", "daily", "ci-tasks", "golang-image", "node-image", "helm-chart"]
    WORKERS = [f"worker-{n}" for n in range(1, 5)]
    st = {"sess": g.num(10, 40), "build": g.num(40000, 50000), "stalled": None}

    def sess(*parts):
        st["sess"] += 1
        return ".".join([str(st["sess"])] + [str(p) for p in parts])

    def j(level, source, msg, ev, **data):
        step(L, 400)
        ts = f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(0, 999):03d}Z"
        rec = {"timestamp": ts, "level": level, "source": source, "message": msg, "data": dict(sorted(data.items()))}
        L.emit(json.dumps(rec, separators=(",", ":"), ensure_ascii=False), ev, level, source)

    def startup(db_down=False):
        j("info", "atc", "atc.cmd.start", "cmd_start", session="1")
        if db_down:
            for _ in range(g.num(1, 3)):
                j("error", "atc", "atc.db.failed-to-open-db-retrying", "db_open_retrying", error="dial tcp 10.0.3.5:5432: connect: connection refused", session="3")
                L.t += dt.timedelta(seconds=5)
        j("info", "atc", "atc.db.migration.migration-lock-acquired", "migration_lock", session="4")
        j("info", "atc", "atc.credential-manager.configured credentials manager", "cred_manager", name="vault", session="5")
        j("info", "atc", "atc.listening", "atc_listening", debug="127.0.0.1:8079", http="0.0.0.0:8080", https="")
        j("info", "tsa", "tsa.listening", "tsa_listening", address="0.0.0.0:2222")

    def track():
        s = sess()
        j("info", "atc", "atc.tracker.track.start", "tracker_start", session=s)
        j("info", "atc", "atc.tracker.track.done", "tracker_done", session=s)

    def scan():
        s = sess()
        comp = g.c(["lidar-scanner", "lidar-checker", "collector", "syncer", "build-reaper"])
        j("info", "atc", f"atc.{comp}.tick.start", f"{comp}_tick_start", session=s)
        j("info", "atc", f"atc.{comp}.tick.end", f"{comp}_tick_end", session=s)

    def build():
        p = g.c(sorted(PIPES))
        job = g.c(PIPES[p])
        st["build"] += 1
        b = str(st["build"])
        s = sess(g.num(1, 9))
        j("info", "atc", "atc.tracker.track.run-build.start", "run_build_start", build=b, job=job, pipeline=p, session=s, team="main")
        steps = [("get", g.c(RES))] + [("get", g.c(RES)) for _ in range(g.num(0, 2))] + [("task", g.c(["test", "build", "lint", "plan", "package"]))]
        if g.r.random() < 0.3:
            steps.append(("put", g.c(["image", "version", "helm-chart"])))
        for kind, name in steps:
            L.tick(20)
            ss = f"{s}.{g.num(1, 40)}"
            if kind == "get" and g.r.random() < 0.04:
                j("error", "atc", "atc.tracker.track.run-build.exec.get-step.failed-to-fetch-resource", "get_failed", build=b, job=job, pipeline=p, session=ss, step=name,
                  error=g.c(["worker not found", "context deadline exceeded", "failed to fetch image: registry-1.docker.io/library/golang: unexpected status: 429 Too Many Requests"]))
                j("info", "atc", "atc.tracker.track.run-build.finished", "run_build_finished", build=b, job=job, pipeline=p, session=s, status="errored")
                return
            j("info", "atc", f"atc.tracker.track.run-build.exec.{kind}-step.starting", f"{kind}_step_starting", build=b, job=job, pipeline=p, session=ss, step=name)
            if kind == "task" and g.r.random() < 0.2:
                j("info", "atc", "atc.tracker.track.run-build.exec.task-step.finished", "task_step_finished", build=b, **{"exit-status": g.c([1, 1, 2, 137])}, job=job, pipeline=p,
                  session=ss, step=name)
                j("info", "atc", "atc.tracker.track.run-build.finished", "run_build_finished", build=b, job=job, pipeline=p, session=s, status="failed")
                return
            j("info", "atc", f"atc.tracker.track.run-build.exec.{kind}-step.finished", f"{kind}_step_finished", build=b, job=job, pipeline=p, session=ss, step=name)
        j("info", "atc", "atc.tracker.track.run-build.finished", "run_build_finished", build=b, job=job, pipeline=p, session=s, status="succeeded")

    def heartbeat():
        w = g.c(WORKERS)
        s = sess(1, 1, 1)
        remote = f"10.0.5.{WORKERS.index(w) + 11}:{g.port()}"
        j("info", "tsa", "tsa.connection.channel.forward-worker.heartbeat.start", "heartbeat_start", remote=remote, session=s, **{"worker-address": f"127.0.0.1:{g.num(34000, 45000)}",
          "worker-platform": "linux", "worker-tags": ""})
        if st["stalled"] == w and g.r.random() < 0.7:
            j("error", "tsa", "tsa.connection.channel.forward-worker.heartbeat.failed-to-heartbeat", "heartbeat_failed", remote=remote, session=s,
              error="Get \"http://api/containers\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")
            if g.r.random() < 0.3:
                st["stalled"] = None
            return
        j("info", "tsa", "tsa.connection.channel.forward-worker.heartbeat.reached-worker", "heartbeat_reached", remote=remote, session=s,
          **{"baggageclaim-took": go_dur(g.num(900000, 40000000)), "garden-took": go_dur(g.num(400000, 30000000))})
        j("info", "tsa", "tsa.connection.channel.forward-worker.heartbeat.heartbeated", "heartbeated", remote=remote, session=s, containers=g.num(20, 400), volumes=g.num(60, 900))

    def check_fail():
        p = g.c(sorted(PIPES))
        r = g.c(RES)
        err = g.c([f"resource script '/opt/resource/check []' failed: exit status 128\n\nstderr:\nremote: API rate limit exceeded for installation ID {g.num(1000000, 9999999)}.\nfatal: unable to access 'https://github.com/acme/{p}.git/': The requested URL returned error: 403\n",
                   "Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
                   "checking origin failed: run check: find or create container on worker worker-3: no workers satisfying: resource type 'git'"])
        j("error", "atc", "atc.lidar-checker.tick.run.check-failed", "check_failed", error=err, pipeline=p, resource=r, session=sess(1), team="main")

    def login():
        u = g.c(["octo-anna", "bjoern-k", "cchen", "dev-dmitri", "eva-ops"])
        j("info", "atc", "atc.dex.event", "dex_event", fields={}, message=f"login successful: connector \"github\", username=\"{u}\", preferred_username=\"{u}\", email=\"{u}@users.noreply.github.com\", groups=[\"acme:platform\"]",
          session=sess())

    def stall():
        st["stalled"] = g.c(WORKERS)
        j("info", "atc", "atc.worker-collector.run.marking-worker-as-stalled", "worker_stalled", session=sess(1), worker=st["stalled"])

    def restart():
        L.t += dt.timedelta(seconds=g.num(30, 120))
        startup(db_down=g.r.random() < 0.5)

    startup()
    ev = [(30, track), (22, scan), (12, build), (22, heartbeat), (3, check_fail), (1.2, login), (0.3, stall), (0.06, restart)]
    return L.run(slowed(L, ev, 8), None)


# 9 ---------------------------------------------------------------- irssi 1.4.5 (autolog on, log_timestamp "%H:%M ") of an engineer of a software company's operations team, ~/irclogs/acme/#ops.log over some days:
#   "10:01 < bernd> message": the minute only, the nick with its mode character; "--- Log opened/closed <ctime>" and "--- Day changed Wed Dec 02 2026" lines, joins,
#   parts, quits (ping timeouts when laptops sleep), nick changes, ops given by ChanServ, topic changes, the names list irssi prints on joining, a netsplit, actions,
#   the team's chat and three bots (Alertmanager's IRC relay, Jenkins' IRC plugin, the Git server's push notices)
@checked
def log_irssi(seed):
    L = Log("irssi_channel_logs", seed, "tod", False, False, start=dt.datetime(2026, 12, 1, 8, 12, 44, tzinfo=UTC))
    g = L.g
    CH = "#ops"
    ME = "anna"
    PEOPLE = {"anna": "10.8.1.23", "bernd": "10.8.1.31", "carla": "10.8.1.40", "dmitri": "10.8.2.11", "erin": "vpn-17.acme.internal", "felix": "10.8.1.52", "gosia": "10.8.2.19",
              "hakan": "vpn-03.acme.internal", "ines": "10.8.1.64", "jonas": "10.8.2.7"}
    OPS = {"bernd", "carla"}
    SERVICES = ["shop-api", "shop-web", "checkout", "payments", "search", "catalog-sync", "mail-relay", "pg-main", "redis-sessions", "kafka"]
    st = {"present": set(PEOPLE) - {"erin", "hakan", "jonas"}, "nicks": {}, "day": L.t.date(), "open": True, "build": g.num(4000, 5000), "alerts": []}

    def tod():
        return L.t.replace(second=0, microsecond=0)

    def line(text, ev):
        L.emit(f"{L.t:%H:%M} {text}", ev, t=tod())

    def adv(mean):
        old = L.t
        L.tick(mean)
        if L.t.date() != old.date():
            day = L.t.replace(hour=0, minute=0, second=0, microsecond=0)
            L.emit(f"--- Day changed {day:%a %b %d %Y}", "day_changed", t=day)

    def nick(n):
        return ("@" if n in OPS else " ") + st["nicks"].get(n, n)

    def say(n, text, ev="public_message"):
        line(f"<{nick(n)}> {text}", ev)

    def chat():
        people = sorted(st["present"])
        n = g.c(people)
        svc = g.c(SERVICES)
        t = g.c([
            f"anyone looking at {svc}? latency is up again", f"{svc} deploy is done, watching the dashboards", "morning", "moin", "lunch?", "back",
            f"I'll take the ticket for {svc}", f"can someone review https://git.acme.internal/ops/{g.c(['terraform', 'ansible', 'k8s-manifests', 'runbooks'])}/pulls/{g.num(100, 900)}",
            f"restarting {svc} on node-{g.num(1, 12)}", "ack", "thx", "+1", "looks good to me", f"who's on call tonight?", "me", "brb",
            f"disk on pg-replica-{g.num(1, 3)} at {g.num(80, 95)}%, I'll clean up the old WAL", "the VPN is flaky again",
            f"kubectl -n {g.c(['shop', 'search', 'mail'])} rollout restart deploy/{svc}", "sorry, wrong window", "was that the alert from earlier?",
            f"postmortem for yesterday's {svc} outage is in the wiki", "maintenance window is 22:00-23:00 tonight", "👍", ":)", "ok",
            f"{g.c(people)}: can you check the certs on the LB? expires in {g.num(3, 20)} days", "looking", "fixed, was a typo in the values file",
            f"latency back to normal on {svc}", "I'm off, bye", "coffee", f"graph: https://grafana.acme.internal/d/{g.alnum(9)}/{svc}?orgId=1&from=now-6h",
            "that's expected, the batch job runs at the full hour", "can't reproduce it here", "rolled back", f"ticket OPS-{g.num(1000, 2999)}"])
        say(n, t)

    def action():
        n = g.c(sorted(st["present"]))
        line(f" * {st['nicks'].get(n, n)} {g.c(['is back', 'waves', 'grabs coffee', 'is in a meeting until 15:00', 'facepalms', 'hides'])}", "action")

    def join():
        away = sorted(set(PEOPLE) - st["present"])
        if not away:
            return part()
        n = g.c(away)
        st["present"].add(n)
        line(f"-!- {n} [~{n}@{PEOPLE[n]}] has joined {CH}", "join")
        if n in OPS and g.r.random() < 0.9:
            line(f"-!- mode/{CH} [+o {n}] by ChanServ", "mode")

    def part():
        here = sorted(st["present"] - {ME})
        if len(here) < 2:
            return join()
        n = g.c(here)
        st["present"].discard(n)
        nk = st["nicks"].pop(n, n)
        r = g.r.random()
        if r < 0.25:
            line(f"-!- {nk} [~{n}@{PEOPLE[n]}] has left {CH} [{g.c(['', 'Leaving', 'bye'])}]", "part")
        else:
            why = g.c(["Quit: Client closed", f"Ping timeout: {g.num(240, 260)} seconds", "Remote host closed the connection", "Quit: Leaving", "Read error: Connection reset by peer",
                       "Quit: ZNC 1.8.2 - https://znc.in"])
            line(f"-!- {nk} [~{n}@{PEOPLE[n]}] has quit [{why}]", "quit")

    def nickchange():
        if len(st["present"]) < 2:
            return join()
        n = g.c(sorted(st["present"] - {ME}))
        old = st["nicks"].get(n, n)
        new = n if old != n else g.c([f"{n}_afk", f"{n}|lunch", f"{n}_", f"{n}|meeting"])
        st["nicks"][n] = new
        line(f"-!- {old} is now known as {new}", "nick_change")

    def topic():
        n = g.c(sorted(st["present"] & OPS) or [ME])
        oc = g.c(sorted(PEOPLE))
        line(f"-!- {st['nicks'].get(n, n)} changed the topic of {CH} to: Ops | on-call: {oc} | freeze until {g.num(2, 20)}.12. | runbooks: https://wiki.acme.internal/ops", "topic_changed")

    def alert():
        if st["alerts"] and g.r.random() < 0.5:
            a = st["alerts"].pop(0)
            say("alertbot", f"[RESOLVED] {a[0]} {a[1]} ({a[2]})", "alert_resolved")
            return
        a = (g.c(["HighLatency", "HighErrorRate", "PodCrashLooping", "DiskWillFillIn4Hours", "KafkaConsumerLag", "CertificateExpiresSoon"]), g.c(SERVICES), g.c(["prod-eu", "prod-us"]))
        st["alerts"].append(a)
        say("alertbot", f"[FIRING:{g.num(1, 4)}] {a[0]} {a[1]} ({a[2]}) https://alertmanager.acme.internal/#/alerts?silenced=false&filter=%7Balertname%3D%22{a[0]}%22%7D", "alert_firing")

    def build():
        st["build"] += 1
        job = g.c(SERVICES[:6])
        res = g.c(["SUCCESS", "SUCCESS", "SUCCESS", "FAILURE", "UNSTABLE", "ABORTED"])
        say("ci-bot", f"Project {job} build #{st['build']}: {res} in {g.num(1, 25)} min {g.num(0, 59)} sec: https://ci.acme.internal/job/{job}/{st['build']}/", "ci_build_result")

    def push():
        n = g.c(sorted(PEOPLE))
        repo = g.c(["ops/terraform", "ops/ansible", "ops/k8s-manifests", "shop/shop-api", "shop/shop-web"])
        k = g.num(1, 6)
        say("gitbot", f"[{repo}] {n} pushed {k} commit{'s' if k > 1 else ''} to {g.c(['main', 'main', 'release/2026.12', 'fix/' + g.alnum(6)])}: https://git.acme.internal/{repo}/compare/{g.hx(7)}...{g.hx(7)}",
            "git_push")

    def netsplit():
        if len(st["present"]) < 3:
            return join()
        gone = g.r.sample(sorted(st["present"] - {ME}), min(3, len(st["present"]) - 1))
        line(f"-!- Netsplit irc1.acme.internal <-> irc2.acme.internal quits: {', '.join(st['nicks'].get(x, x) for x in gone)}", "netsplit")
        L.tick(40)
        line(f"-!- Netsplit over, joins: {', '.join(st['nicks'].get(x, x) for x in gone)}", "netsplit_over")

    def opened():
        L.emit(f"--- Log opened {L.t:%a %b} {L.t.day:02d} {L.t:%H:%M:%S %Y}", "log_opened", t=L.t)
        line(f"-!- {ME} [~{ME}@{PEOPLE[ME]}] has joined {CH}", "join")
        line(f"-!- Topic for {CH}: Ops | on-call: bernd | runbooks: https://wiki.acme.internal/ops", "topic_for")
        line(f"-!- Topic set by carla [~carla@{PEOPLE['carla']}] [Mon Nov 23 09:14:02 2026]", "topic_set_by")
        line(f"[Users {CH}]", "users_head")
        names = sorted(st["present"] | {"alertbot", "ci-bot", "gitbot", "ChanServ"}, key=str.lower)
        cells = [f"[{'@' if n in OPS or n == 'ChanServ' else ' '}{n:<8}]" for n in names]
        for k in range(0, len(cells), 5):
            line(" ".join(cells[k:k + 5]), "users_row")
        line(f"-!- Irssi: {CH}: Total of {len(names)} nicks [{len([n for n in names if n in OPS or n == 'ChanServ'])} ops, 0 halfops, 0 voices, "
             f"{len([n for n in names if not (n in OPS or n == 'ChanServ')])} normal]", "total_nicks")
        line(f"-!- Channel {CH} created Tue Mar 12 10:01:22 2024", "channel_created")
        line(f"-!- Irssi: Join to {CH} was synced in {g.num(0, 2)} secs", "join_synced")

    def closed():
        L.emit(f"--- Log closed {L.t:%a %b} {L.t.day:02d} {L.t:%H:%M:%S %Y}", "log_closed", t=L.t)
        nxt = (L.t + dt.timedelta(days=1)).replace(hour=8, minute=g.num(0, 50), second=g.num(0, 59))
        if nxt.weekday() >= 5:
            nxt += dt.timedelta(days=7 - nxt.weekday())
        L.t = nxt
        st["present"] = set(g.r.sample(sorted(PEOPLE), 6)) | {ME}
        opened()

    ev = [(55, chat), (3, action), (6, join), (6, part), (2, nickchange), (0.4, topic), (4, alert), (4, build), (3, push), (0.15, netsplit)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    opened()
    while len(L.rows) < N_LINES:
        adv(70 if 9 <= L.t.hour < 18 else 400)
        if L.t.hour >= 19 or L.t.hour < 7:
            closed()
            continue
        g.r.choices(fns, weights)[0]()
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Anaconda 34.25 (the RHEL 9.5 installer) doing kickstart installs of three database servers one after another (two NVMe disks in RAID 1, LVM,
#   XFS), the logs an admin attached to a support case, for each server `cat anaconda.log storage.log packaging.log` from /var/log/anaconda/: "09:14:02,123 INF packaging: message"
#   (the time of day with milliseconds, a three-letter level, the logger); the installer's start-up and its threads, kickstart parsing, the installation tasks, blivet
#   planning the RAID, LVM and file systems and running the tools, DNF downloading and installing some hundred packages with their progress and a scriptlet warning;
#   each file starts over at the installer's start, so the times jump back at each file
@checked
def log_anaconda(seed):
    L = Log("anaconda_install_logs", seed, "tod", True, True, start=dt.datetime(2026, 12, 1, 9, 12, 1, tzinfo=UTC))
    g = L.g
    st = {"t0": L.t, "n": 0}
    THREAD_ID = {}
    NAMES = """acl alternatives audit audit-libs authselect authselect-libs basesystem bash binutils bzip2-libs c-ares ca-certificates checkpolicy chrony coreutils
        coreutils-common cpio cracklib cracklib-dicts cronie cronie-anacron crontabs crypto-policies crypto-policies-scripts cryptsetup-libs curl cyrus-sasl-lib dbus dbus-broker
        dbus-common dbus-libs device-mapper device-mapper-libs device-mapper-event device-mapper-event-libs device-mapper-persistent-data diffutils dmidecode dnf dnf-data
        dnf-plugins-core dracut dracut-config-rescue dracut-network dracut-squash e2fsprogs e2fsprogs-libs efibootmgr efivar-libs elfutils-default-yama-scope elfutils-libelf
        elfutils-libs ethtool expat file file-libs filesystem findutils firewalld firewalld-filesystem fuse-libs gawk gdbm-libs gettext gettext-libs glib2 glibc glibc-common
        glibc-gconv-extra glibc-langpack-en gmp gnupg2 gnutls gobject-introspection gpgme grep groff-base grub2-common grub2-efi-x64 grub2-tools grub2-tools-minimal grubby gzip
        hostname hwdata initscripts-service iproute iproute-tc iptables-libs iputils irqbalance jansson jq json-c json-glib kbd kbd-misc kernel kernel-core kernel-modules
        kernel-modules-core kernel-tools kernel-tools-libs kexec-tools keyutils keyutils-libs kmod kmod-libs kpartx krb5-libs less libacl libarchive libassuan libattr
        libbasicobjects libblkid libbpf libbrotli libcap libcap-ng libcbor libcollection libcom_err libcomps libcurl libdaemon libdb libdhash libdnf libeconf libedit libestr
        libevent libfastjson libfdisk libffi libfido2 libgcc libgcrypt libgomp libgpg-error libidn2 libini_config libkcapi libkcapi-hmaccalc libksba libldb libmnl libmodulemd
        libmount libndp libnetfilter_conntrack libnfnetlink libnftnl libnghttp2 libnl3 libnl3-cli libpath_utils libpipeline libpsl libpwquality libref_array librepo
        libreport-filesystem libseccomp libselinux libselinux-utils libsemanage libsepol libsigsegv libsmartcols libsolv libss libssh libssh-config libsss_certmap libsss_idmap
        libsss_nss_idmap libsss_sudo libstdc++ libsysfs libtalloc libtasn1 libtdb libteam libtevent libunistring libuser libutempter libuuid libverto libxcrypt libxml2 libyaml
        libzstd linux-firmware linux-firmware-whence lmdb-libs logrotate lshw lsscsi lua-libs lvm2 lvm2-libs lz4-libs lzo man-db mdadm microcode_ctl mpfr ncurses ncurses-base
        ncurses-libs nettle NetworkManager NetworkManager-libnm NetworkManager-team NetworkManager-tui newt nftables npth numactl-libs oniguruma openldap openssh openssh-clients
        openssh-server openssl openssl-libs os-prober p11-kit p11-kit-trust pam parted passwd pciutils-libs pcre pcre2 pcre2-syntax pigz policycoreutils popt prefixdevname
        procps-ng psmisc publicsuffix-list-dafsa python3 python3-dateutil python3-dbus python3-dnf python3-dnf-plugins-core python3-firewall python3-gobject-base python3-hawkey
        python3-libcomps python3-libdnf python3-libs python3-nftables python3-pip-wheel python3-gpg python3-rpm python3-setuptools-wheel python3-six python3-linux-procfs
        python3-perf python3-pyudev readline rootfiles rpm rpm-build-libs rpm-libs rpm-plugin-audit rpm-plugin-selinux rpm-sign-libs rsyslog rsyslog-logrotate sed selinux-policy
        selinux-policy-targeted setup sg3_utils sg3_utils-libs shadow-utils slang snappy sqlite-libs squashfs-tools sssd-client sssd-common sssd-kcm sudo systemd systemd-libs
        systemd-pam systemd-rpm-macros systemd-udev teamd tpm2-tss tuned tzdata userspace-rcu util-linux util-linux-core vim-minimal which xfsprogs xz xz-libs yum zlib zstd
        postgresql postgresql-server postgresql-private-libs insights-client subscription-manager subscription-manager-rhsm-certificates python3-subscription-manager-rhsm
        python3-cloud-what python3-librepo python3-iniparse python3-inotify python3-decorator python3-requests python3-urllib3 python3-idna python3-chardet python3-pysocks
        python3-ethtool usermode virt-what""".split()
    NOARCH = ("python3-", "-common", "-data", "-filesystem", "-whence", "tzdata", "setup", "basesystem", "ca-certificates", "crypto-policies", "linux-firmware", "selinux-policy",
              "dnf", "yum", "rootfiles", "hwdata", "kbd-misc", "ncurses-base", "pcre2-syntax", "publicsuffix", "crontabs", "systemd-rpm-macros", "libssh-config", "dracut-config")
    PKGS = []
    for nm in NAMES:
        arch = "noarch" if nm.startswith(NOARCH) or nm.endswith(NOARCH) else "x86_64"
        if nm.startswith("kernel"):
            ver = "5.14.0-503.14.1.el9_5"
        else:
            ver = f"{g.num(0, 9)}.{g.num(0, 40)}{'.' + str(g.num(0, 20)) if g.r.random() < 0.6 else ''}-{g.num(1, 30)}.el9{g.c(['', '', '_4', '_5'])}"
        PKGS.append(f"{nm}-{ver}.{arch}")

    def an(lv, logger, msg, ev, cont=()):
        step(L, 250)
        L.emit(f"{L.t:%H:%M:%S},{ms3(L.t)} {lv} {logger}: {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def thread(name, body=None):
        tid = THREAD_ID.setdefault(name, 139900000000000 + g.num(0, 999999999))
        an("INF", "threading", f"Running Thread: {name} ({tid})", "thread_running")
        if body:
            body()
        L.tick(1)
        an("INF", "threading", f"Thread Done: {name} ({tid})", "thread_done")

    def anaconda_log():
        an("INF", "main", "/sbin/anaconda 34.25.5.9-1.el9_5", "anaconda_version")
        an("INF", "main", "Parsing kickstart: /run/install/ks.cfg", "parsing_kickstart")
        an("DBG", "anaconda.core.configuration.anaconda", "Reading configuration file /etc/anaconda/anaconda.conf.", "reading_config")
        an("DBG", "anaconda.core.configuration.anaconda", "Reading configuration file /etc/anaconda/profile.d/rhel.conf.", "reading_config")
        an("INF", "main", "Memory: 32109 MiB", "memory")
        an("DBG", "main", "required memory: 1536 MiB", "required_memory")
        an("INF", "main", "Display mode is set to 'text mode'.", "display_mode")
        for mod in ["Timezone", "Network", "Localization", "Security", "Users", "Payloads", "Storage", "Services", "Subscription", "Runtime"]:
            an("INF", "anaconda.core.dbus", f"org.fedoraproject.Anaconda.Modules.{mod} is available.", "module_available")
        thread("AnaWaitForConnectingNMThread")
        thread("AnaStorageThread", lambda: [an("INF", "anaconda.modules.storage.storage", "Resetting the storage model.", "resetting_storage"),
                                            an("INF", "anaconda.modules.storage.storage", "Scanning the storage devices.", "scanning_storage")])
        thread("AnaNTPcheck")
        for cmd, val in [("lang", "en_US.UTF-8"), ("keyboard", "--xlayouts='us'"), ("timezone", "Etc/UTC --utc"), ("network", f"--bootproto=static --ip=10.4.0.{21 + st['n']} --hostname=db-prod-{3 + st['n']:02d}"),
                         ("rootpw", "--iscrypted --lock"), ("selinux", "--enforcing"), ("firewall", "--enabled --service=ssh,postgresql"), ("bootloader", "--location=mbr --boot-drive=nvme0n1"),
                         ("clearpart", "--all --initlabel --drives=nvme0n1,nvme1n1"), ("reqpart", "--add-boot"), ("part", "raid.01 --size=1 --grow --ondisk=nvme0n1"),
                         ("raid", "pv.01 --level=1 --device=md0 raid.01 raid.02"), ("volgroup", "vg_sys pv.01"), ("logvol", "/ --vgname=vg_sys --name=root --size=40960 --fstype=xfs"),
                         ("logvol", "/var/lib/pgsql --vgname=vg_sys --name=pgdata --size=1 --grow --fstype=xfs")]:
            an("DBG", "anaconda.core.kickstart.commands", f"Processing kickstart command: {cmd} {val}", "kickstart_command")
        an("INF", "anaconda.modules.payloads.payload.dnf.dnf", "Configured the DNF payload with the installation source: CDROM", "dnf_source")
        an("WRN", "anaconda.core.kickstart.base", "Kickstart command 'install' is deprecated and has no effect.", "kickstart_deprecated") if g.r.random() < 0.7 else None
        tasks = ["Set up the installation source", "Prepare mount targets", "Create storage layout", "Mount file systems", "Write early storage", "Install the payload",
                 "Configure network", "Configure timezone", "Configure localization", "Configure users", "Configure SELinux", "Configure the firewall", "Install the bootloader",
                 "Create the initramfs", "Configure the storage", "Write the kickstart", "Run post-installation scripts"]
        for k, t in enumerate(tasks, 1):
            an("INF", "anaconda.modules.boss.install_manager.installation_category", f"Task started: {t} ({k}/{len(tasks)})", "task_started")
            if t == "Install the payload":
                L.t += dt.timedelta(minutes=g.num(6, 11))
            elif t == "Run post-installation scripts":
                an("INF", "anaconda.core.kickstart.scripts", "Running kickstart %%post script(s)", "running_post")
                an("INF", "anaconda.core.kickstart.scripts", "All kickstart %%post script(s) have been run", "post_done")
            elif t == "Install the bootloader" and g.r.random() < 0.5:
                an("WRN", "anaconda.modules.storage.bootloader.efi", "Failed to set new efi boot target. This is most likely a kernel or firmware bug.", "efi_boot_target_failed")
            L.tick(4)
            an("INF", "anaconda.modules.boss.install_manager.installation_category", f"Task completed: {t} ({k}/{len(tasks)}) ({g.f(0.01, 40, 1)} s)", "task_completed")
        an("INF", "main", "Installation completed, rebooting.", "install_completed")

    def storage_log():
        L.t = st["t0"] + dt.timedelta(seconds=g.num(3, 9))
        an("INF", "blivet", "sys.argv = ['/sbin/anaconda', '--kickstart', '/run/install/ks.cfg']", "sys_argv")
        for dev in ["nvme0n1", "nvme1n1", "sda"]:
            model = "SAMSUNG MZQL2960HCJR-00A07" if dev != "sda" else "Ultra USB 3.0"
            link = f"nvme-SAMSUNG_MZQL2960HCJR-00A07_{g.HX(14)}" if dev != "sda" else f"usb-SanDisk_Ultra_USB_3.0_{g.HX(20)}-0:0"
            an("DBG", "blivet", f"DeviceTree.handle_device: name: {dev} ; info: {{'DEVLINKS': '/dev/disk/by-id/{link}', 'DEVNAME': '/dev/{dev}', "
                                f"'DEVTYPE': 'disk', 'ID_MODEL': '{model}', 'MAJOR': '{259 if dev != 'sda' else 8}', 'SUBSYSTEM': 'block'}} ;", "handle_device")
            sysp = f"/sys/devices/pci0000:00/0000:00:0{g.num(1, 3)}.0/0000:0{g.num(1, 4)}:00.0/nvme/nvme{dev[4]}/{dev}" if dev != "sda" else \
                "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-3/2-3:1.0/host6/target6:0:0/6:0:0:0/block/sda"
            an("INF", "blivet", f"scanning {dev} ({sysp})...", "scanning_device")
            an("DBG", "blivet", f"DiskDevice.setup: {dev} ; orig: False ; status: True ; controllable: True ;", "disk_setup")
            an("INF", "blivet", f"got device: DiskDevice instance ({dev}) --", "got_device")
        an("WRN", "blivet", "Failed to get the disk label for sda: Unknown disk label", "no_disk_label")
        actions = [("Destroy Format", "partition", "nvme0n1p1"), ("Destroy Device", "partition", "nvme0n1p1"), ("Create Format", "disklabel", "nvme0n1"), ("Create Format", "disklabel", "nvme1n1"),
                   ("Create Device", "partition", "nvme0n1p1"), ("Create Format", "efi", "nvme0n1p1"), ("Create Device", "partition", "nvme0n1p2"), ("Create Format", "xfs", "nvme0n1p2"),
                   ("Create Device", "partition", "nvme0n1p3"), ("Create Device", "partition", "nvme1n1p3"), ("Create Format", "mdmember", "nvme0n1p3"), ("Create Format", "mdmember", "nvme1n1p3"),
                   ("Create Device", "mdarray", "md0"), ("Create Format", "lvmpv", "md0"), ("Create Device", "lvmvg", "vg_sys"), ("Create Device", "lvmlv", "vg_sys-root"),
                   ("Create Format", "xfs", "vg_sys-root"), ("Create Device", "lvmlv", "vg_sys-swap"), ("Create Format", "swap", "vg_sys-swap"), ("Create Device", "lvmlv", "vg_sys-pgdata"),
                   ("Create Format", "xfs", "vg_sys-pgdata")]
        for k, (a, kind, dev) in enumerate(actions):
            an("INF", "blivet", f"registered action: [{k}] {a} {kind} {dev} (id {g.num(1, 90)})", "registered_action")
        L.tick(30)
        tools = {"disklabel": "parted", "efi": "mkdosfs", "xfs": "mkfs.xfs", "mdmember": None, "lvmpv": "lvm pvcreate", "swap": "mkswap"}
        for k, (a, kind, dev) in enumerate(actions):
            an("INF", "blivet", f"executing action: [{k}] {a} {kind} {dev} (id {g.num(1, 90)})", "executing_action")
            if a == "Create Format" and tools.get(kind):
                an("INF", "program", f"Running [{g.num(20, 90)}] {tools[kind]} {'-f ' if kind == 'xfs' else ''}/dev/{'mapper/' if '-' in dev else ''}{dev} ...", "program_running")
                an("INF", "program", f"stdout[{g.num(20, 90)}]: ", "program_stdout")
                an("INF", "program", f"...done [{g.num(20, 90)}] (exit code: 0)", "program_done")
            if kind == "mdarray":
                an("INF", "blivet", "mdadm --create /dev/md/md0 --run --level=raid1 --raid-devices=2 --metadata=1.2 --bitmap=internal /dev/nvme0n1p3 /dev/nvme1n1p3", "mdadm_create")
        an("INF", "blivet", "Using mount options 'defaults' for /var/lib/pgsql", "mount_options")
        an("DBG", "blivet", "resolved 'UUID=" + g.uuid() + "' to 'vg_sys-root' (lvmlv)", "resolved_uuid")

    def packaging_log():
        L.t = st["t0"] + dt.timedelta(seconds=g.num(20, 40))
        an("INF", "packaging", "Configuring the DNF base.", "dnf_configuring")
        for repo in ["BaseOS", "AppStream"]:
            an("INF", "packaging", f"Added the '{repo}' repository.", "repo_added")
        an("DBG", "packaging", f"Resolving the software selection {{'environment': 'minimal-environment', 'groups': ['standard'], 'packages': ['postgresql-server', 'mdadm', 'tuned', 'insights-client']}}", "resolving_selection")
        n = len(PKGS)
        an("INF", "packaging", f"The software selection has been resolved ({n} packages selected).", "selection_resolved")
        L.t += dt.timedelta(seconds=g.num(60, 200))
        an("INF", "packaging", f"Downloading {n} RPMs, 0 B / {g.f(600, 900, 1)} MiB (0%) done.", "downloading_rpms")
        for pct in [9, 23, 41, 58, 76, 93, 100]:
            L.tick(8)
            an("INF", "packaging", f"Downloading {n} RPMs, {g.f(50, 800, 1)} MiB / {g.f(600, 900, 1)} MiB ({pct}%) done.", "downloading_rpms")
        an("INF", "packaging", "Preparing transaction from installation source", "preparing_transaction")
        for i, p in enumerate(PKGS, 1):
            step(L, 900)
            an("INF", "packaging", f"Installing {p} ({i}/{n})", "installing_pkg")
            if g.r.random() < 0.2:
                an("INF", "packaging", f"Configuring {p}", "configuring_pkg")
            if g.r.random() < 0.006:
                an("WRN", "dnf.rpm", f"Non-fatal POSTIN scriptlet failure in rpm package {p}", "scriptlet_failure")
        an("INF", "packaging", "Performing post-installation setup tasks", "post_install_setup")
        for i, p in enumerate(PKGS, 1):
            step(L, 120)
            an("INF", "packaging", f"Verifying {p} ({i}/{n})", "verifying_pkg")
        an("INF", "packaging", "Running the DNF transaction has finished.", "transaction_finished")

    while len(L.rows) < N_LINES:
        st["t0"] = L.t
        anaconda_log()
        storage_log()
        packaging_log()
        L.t = st["t0"] + dt.timedelta(minutes=g.num(40, 90))
        st["n"] += 1
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- FiveM FXServer (Linux artifact 12092, txAdmin 7.3, ESX Legacy) of a German GTA V role-play community, txData/default/logs/fxserver.log:
#   the console's "[ citizen-server-impl] message" lines, the channel right-aligned in 20 characters in brackets ("[      script:monitor]"), no time nor level;
#   txAdmin's "FXServer Starting" banner with a German date (no channel), resources scanned and started, the license key check, database connection, players
#   connecting and dropping, server thread hitches, Lua script errors with their stack ("> handler (@res/file.lua:12)"), txAdmin's announcements and scheduled restarts
@checked
def log_fivem(seed):
    L = Log("fivem_fxserver_log", seed, None, False, True)
    g = L.g
    RES = ["mapmanager", "chat", "spawnmanager", "sessionmanager", "basic-gamemode", "hardcap", "oxmysql", "es_extended", "esx_menu_default", "esx_menu_dialog", "esx_skin",
           "skinchanger", "esx_identity", "esx_billing", "esx_society", "esx_policejob", "esx_ambulancejob", "esx_mechanicjob", "esx_vehicleshop", "esx_garage", "esx_property",
           "pma-voice", "ox_lib", "ox_inventory", "ox_target", "rp-radio", "lb-phone", "wasabi_police", "bob74_ipl", "cars-addon-pack", "mlo-mrpd", "custom-hud"]
    MISSING = ["kr-Casino", "mlo-sandyhospital", "esx_boilerplate"]
    PLAYERS = ["Kevin_Schulze", "Lisa Wagner", "xXSniperXx", "MaxMustermann", "TobiTV", "Lena_Krüger", "DerBäcker", "NoahRP", "Emma.B", "Jonas Weber", "Mia_Richter", "Luca_Fischer",
               "Paul Neumann", "Hannah", "Ben_04", "Finn Hoffmann", "Sophie_RP", "DonCorleone", "Officer Mike", "Dr. Klein"]
    st = {"online": {}, "id": 0}

    def fx(ch, msg, ev):
        L.emit(f"[{ch:>20}] {msg}", ev, None, ch)

    def startup():
        L.t += dt.timedelta(seconds=30)
        L.emit("=" * 64, "banner_rule")
        L.emit(f"======== FXServer Starting - {L.t.day}.{L.t.month}.{L.t.year}, {L.t:%H:%M:%S}".ljust(64), "banner_starting")
        L.emit("=" * 64, "banner_rule")
        fx("c-scripting-core", "Creating script environments for _cfx_internal", "creating_env")
        fx("resources", "Scanning resources.", "scanning_resources")
        fx("resources", f"Found {len(RES) + 9} resources.", "found_resources")
        fx("svadhesive", "Authenticating server license key...", "auth_license")
        fx("svadhesive", "Server license key authentication succeeded. Welcome!", "license_ok")
        fx("c-scripting-core", "Creating script environments for monitor", "creating_env")
        fx("script:monitor", "[txAdmin] Resource v7.3.2 threads and commands set up. All Ready.", "txadmin_ready")
        fx("resources", "Started resource monitor", "started_resource")
        for r in RES:
            if r in ("es_extended",) and g.r.random() < 0.2:
                fx("c-resources-core", f"Could not find dependency oxmysql for resource {r}.", "missing_dependency")
            fx("c-scripting-core", f"Creating script environments for {r}", "creating_env")
            if r == "oxmysql":
                fx("script:oxmysql", "[11.4.4-MariaDB-ubu2204] Database server connection established!", "oxmysql_connected")
            fx("resources", f"Started resource {r}", "started_resource")
            if r == "basic-gamemode":
                fx("script:mapmanager", "Started gametype Freeroam", "started_gametype")
            if r == "es_extended":
                fx("script:es_extended", "[INFO] Legacy Version 1.12.4", "esx_version")
        for r in MISSING:
            fx("citizen-server-impl", f"Couldn't find resource {r}.", "couldnt_find_resource")
        fx("citizen-server-impl", "Some resources have an outdated resource manifest:", "outdated_manifest")
        for r in ["rp-radio", "bob74_ipl"]:
            fx("citizen-server-impl", f"    - {r}", "outdated_manifest_item")
        fx("citizen-server-impl", "", "blank_channel")
        fx("citizen-server-impl", "Please update these resources.", "please_update")
        fx("svadhesive", "Authenticated with cfx.re Nucleus: https://rp-nordstadt-" + g.alnum(6) + ".users.cfx.re/", "nucleus")
        st["online"] = {}

    def connect():
        free = [p for p in PLAYERS if p not in st["online"]]
        if not free or len(st["online"]) > 14:
            return drop()
        p = g.c(free)
        st["id"] += 1
        st["online"][p] = st["id"]
        fx("script:hardcap", f"Connecting: {p}", "connecting")
        if g.r.random() < 0.1:
            fx("script:monitor", f"[txAdmin] Player {p} has been denied: You are banned from this server.", "player_denied")
            del st["online"][p]
            return
        fx("script:es_extended", f"[INFO] Player \"{p}\" has connected to the server. ID: {st['id']}", "esx_player_connected")

    def drop():
        if not st["online"]:
            return connect()
        p = g.c(sorted(st["online"]))
        pid = st["online"].pop(p)
        why = g.c(["Exiting", "Exiting", "Disconnected.", "Game crashed: gta-core-five.dll+4B2A8", "Server->client connection timed out. Pending commands: 51.", "Reliable network event overflow."])
        fx("script:monitor", f"[txAdmin] Player {p} (#{pid}) left the server ({why})", "player_dropped")
        if g.r.random() < 0.6:
            fx("script:es_extended", f"[INFO] Saved player \"{p}\"", "esx_saved_player")

    def hitch():
        fx("citizen-server-impl", f"{g.c(['server thread', 'network thread', 'sync thread'])} hitch warning: timer interval of {g.num(151, 2400)} milliseconds", "hitch_warning")

    def script_error():
        res, fn, file, line_, err = g.c([
            ("esx_policejob", "handler", "server/main.lua", 488, "attempt to index a nil value (local 'xPlayer')"),
            ("esx_billing", "cb", "server/main.lua", 71, "attempt to compare number with nil"),
            ("lb-phone", "fn", "server/apps/twitter.lua", 212, "attempt to concatenate a nil value (field 'username')"),
            ("wasabi_police", "handler", "server/functions.lua", 133, "bad argument #1 to 'GetPlayerPed' (string expected, got nil)")])
        ch = f"script:{res}"
        fx(ch, f"SCRIPT ERROR: @{res}/{file}:{line_}: {err}", "script_error")
        fx(ch, f"> {fn} (@{res}/{file}:{line_})", "script_error_frame")
        if g.r.random() < 0.7:
            fx(ch, f"> handler (@es_extended/server/functions.lua:{g.num(50, 300)})", "script_error_frame")

    def misc():
        r = g.r.random()
        if r < 0.4:
            fx("script:esx_society", f"[INFO] Paid salaries to {g.num(1, 14)} employees of society {g.c(['police', 'ambulance', 'mechanic', 'taxi'])}", "esx_salaries")
        elif r < 0.65:
            fx("script:pma-voice", f"Player {g.num(1, st['id'] or 1)} changed radio channel to {g.num(1, 20)}", "pma_radio")
        elif r < 0.85:
            fx("script:oxmysql", f"[11.4.4-MariaDB-ubu2204] es_extended took {g.num(150, 900)}ms to execute a query! SELECT * FROM `users` WHERE `identifier` = ? [\"char1:{g.hx(40)}\"]", "oxmysql_slow")
        else:
            fx("script:monitor", f"[txAdmin] Announcement: {g.c(['Server restart in 15 minutes!', 'Denkt an die Regeln im Discord!', 'Neue Fahrzeuge im Autohaus'])}", "txadmin_announcement")

    def restart():
        for m in [30, 15, 5, 1]:
            fx("script:monitor", f"[txAdmin] Scheduled restart in {m} minute{'s' if m > 1 else ''}.", "scheduled_restart")
        fx("script:monitor", "[txAdmin] Server restarting (scheduled restart at 06:00).", "server_restarting")
        for p in sorted(st["online"]):
            fx("script:es_extended", f"[INFO] Saved player \"{p}\"", "esx_saved_player")
        startup()

    startup()
    ev = [(24, connect), (20, drop), (22, hitch), (5, script_error), (18, misc), (0.12, restart)]
    return L.run(slowed(L, ev, 60), None)


def dotnet_frames(frames):
    """.NET stack frames "   at Ns.Type.Method(args) in /path/File.cs:line N" from a list of (method, file or None, line)."""
    return [f"   at {m}" + (f" in {f}:line {n}" if f else "") for m, f, n in frames]


# 12 --------------------------------------------------------------- Azure IoT Edge 1.5 on a bottling line's edge gateway (Ubuntu 22.04, modules opcpublisher, modbus, tempfilter and a Stream Analytics job),
#   `iotedge logs edgeHub --since 24h > edgehub.log`: "<6> 2026-12-01 10:00:00.123 +00:00 [INF] - message", the syslog priority in angle brackets before the time with
#   its offset and the three-letter level; the start-up with its "Edge Hub Main()" lines and ASCII banner (no priority), modules and leaf devices authenticating and
#   connecting, cloud proxies opened and closed, twins and routes, the uplink dropping with .NET exceptions (their message and frames on the lines after), the store
#   cleaning up messages, token refreshes
@checked
def log_iotedge(seed):
    L = Log("iotedge_edgehub_logs", seed, "full", True, False)
    g = L.g
    DEV = "bottling-line-07"
    HUB = "acme-bev-iothub-weu.azure-devices.net"
    MODS = [f"{DEV}/$edgeAgent", f"{DEV}/opcpublisher", f"{DEV}/modbus", f"{DEV}/tempfilter", f"{DEV}/asajob"]
    LEAF = [f"filler-{n:02d}" for n in range(1, 5)] + ["capper-01", "labeler-01", "palletizer-01"]
    PRI = {"INF": 6, "WRN": 4, "ERR": 3, "DBG": 7}
    st = {"up": True, "conns": set()}

    def eh(lv, msg, ev, cont=()):
        step(L, 200)
        L.emit(f"<{PRI[lv]}> {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} +00:00 [{lv}] - {msg}", ev, lv)
        for text, cev in cont:
            L.emit(text, cev, lv)

    def startup():
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} +00:00 Starting Edge Hub", "starting_edge_hub", t=L.t)
        L.t += dt.timedelta(milliseconds=g.num(200, 400))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} +00:00 Edge Hub Main()", "edge_hub_main", t=L.t)
        L.t += dt.timedelta(seconds=g.num(3, 6))
        eh("INF", "Installing certificates [CN=aziot-edge CA " + g.HX(12) + ":11/03/2027 09:41:12] to Root", "installing_certificates")
        eh("INF", "Enabling SSL protocols: Tls12", "enabling_ssl")
        eh("INF", "Experimental features configuration: {\"Enabled\":false,\"DisableCloudSubscriptions\":false}", "experimental_features")
        eh("INF", "Created persistent store at /tmp/edgeHub", "persistent_store")
        eh("INF", "Initializing Edge Hub", "initializing_edge_hub")
        art = ["        █████╗ ███████╗██╗   ██╗██████╗ ███████╗",
               "       ██╔══██╗╚══███╔╝██║   ██║██╔══██╗██╔════╝",
               "       ███████║  ███╔╝ ██║   ██║██████╔╝█████╗",
               "       ██╔══██║ ███╔╝  ██║   ██║██╔══██╗██╔══╝",
               "       ██║  ██║███████╗╚██████╔╝██║  ██║███████╗",
               "       ╚═╝  ╚═╝╚══════╝ ╚═════╝ ╚═╝  ╚═╝╚══════╝",
               "",
               " ██╗ ██████╗ ████████╗    ███████╗██████╗  ██████╗ ███████╗",
               " ██║██╔═══██╗╚══██╔══╝    ██╔════╝██╔══██╗██╔════╝ ██╔════╝",
               " ██║██║   ██║   ██║       █████╗  ██║  ██║██║  ███╗█████╗",
               " ██║██║   ██║   ██║       ██╔══╝  ██║  ██║██║   ██║██╔══╝",
               " ██║╚██████╔╝   ██║       ███████╗██████╔╝╚██████╔╝███████╗",
               " ╚═╝ ╚═════╝    ╚═╝       ╚══════╝╚═════╝  ╚═════╝ ╚══════╝"]
        eh("INF", "", "banner_head", [(a, "banner_row") for a in art])
        eh("INF", f"Version - 1.5.{g.num(10, 14)}.{g.num(80000000, 99999999)} ({g.hx(40)})", "version")
        eh("INF", "Created new message store", "new_message_store")
        eh("INF", "Started task to cleanup processed and stale messages", "cleanup_task_started")
        eh("INF", "Initialized storing twin manager", "twin_manager")
        eh("INF", "Created DeviceConnectivityManager with connected check frequency 00:05:00 and disconnected check frequency 00:02:00", "connectivity_manager")
        eh("INF", "Initializing configuration", "initializing_configuration")
        eh("INF", f"New device connection for device {DEV}/$edgeHub", "new_device_connection")
        eh("INF", f"Attempting to connect to IoT Hub for client {DEV}/$edgeHub via AMQP...", "attempting_connect")
        eh("INF", f"Created cloud proxy for client {DEV}/$edgeHub via AMQP, with client operation timeout 20000.", "created_cloud_proxy")
        eh("INF", "Starting periodic operation Get EdgeHub config...", "starting_periodic_op")
        eh("INF", "Started operation Get EdgeHub config", "started_operation")
        eh("INF", f"Updated reported properties for {DEV}/$edgeHub", "updated_reported")
        eh("INF", "Created cloud endpoint iothub with max batch size 10 and fan-out factor of 10.", "created_cloud_endpoint")
        eh("INF", "Obtained edge hub config from module twin", "obtained_config")
        routes = ["FROM /messages/modules/opcpublisher/* INTO BrokeredEndpoint(\"/modules/tempfilter/inputs/input1\")", "FROM /messages/modules/tempfilter/outputs/* INTO $upstream",
                  "FROM /messages/modules/modbus/outputs/* INTO BrokeredEndpoint(\"/modules/asajob/inputs/telemetry\")", "FROM /messages/modules/asajob/outputs/* INTO $upstream",
                  "FROM /messages/* WHERE NOT IS_DEFINED($connectionModuleId) INTO $upstream"]
        eh("INF", f"Set the following {len(routes)} route(s) in edge hub", "set_routes")
        for r in routes:
            eh("INF", f"route: {r}", "route_line")
        eh("INF", "Updated message store TTL to 7200 seconds", "store_ttl")
        eh("INF", "Updated the edge hub store and forward configuration", "store_forward_updated")
        eh("INF", "Initialized edge hub configuration", "initialized_configuration")
        eh("INF", "Starting protocol heads - (MQTT, AMQP)", "starting_protocol_heads")
        eh("INF", "Starting MQTT head", "starting_mqtt")
        eh("INF", "Initializing TLS endpoint on port 8883 for MQTT head.", "tls_endpoint_mqtt")
        eh("INF", "Starting AMQP head", "starting_amqp")
        eh("INF", "Started MQTT head", "started_mqtt")
        eh("INF", "Started AMQP head", "started_amqp")
        st["conns"] = set()

    def client_connect():
        c = g.c(MODS + LEAF)
        if c in st["conns"]:
            return twin()
        st["conns"].add(c)
        eh("INF", f"Client {c} in device scope authenticated locally.", "authenticated_locally")
        eh("INF", f"Successfully generated identity for clientId {c} and username {HUB}/{c}/?api-version=2020-09-30&DeviceClientType=azure-iot-device-iothub-py%2F2.13.1",
           "generated_identity")
        eh("INF", f"ClientAuthenticated, {c}, {g.hx(8)}", "client_authenticated")
        eh("INF", f"New device connection for device {c}", "new_device_connection")
        eh("INF", f"Bind device proxy for device {c}", "bind_device_proxy")
        eh("INF", f"Binding message channel for device Id {c}", "binding_message_channel")
        eh("INF", f"Client {c} connected to edgeHub, processing existing subscriptions.", "connected_to_edgehub")
        if st["up"]:
            eh("INF", f"Attempting to connect to IoT Hub for client {c} via AMQP...", "attempting_connect")
            eh("INF", f"Created cloud proxy for client {c} via AMQP, with client operation timeout 20000.", "created_cloud_proxy")
            eh("INF", f"Initialized cloud proxy {g.uuid()} for {c}", "initialized_cloud_proxy")
            eh("INF", f"Cloud connection for {c} is True", "cloud_connection_is")
            eh("INF", f"Connection status for {c} changed to ConnectionEstablished", "connection_status_changed")
        eh("INF", f"Processing subscriptions TwinResponse, ModuleMessages, DesiredPropertyUpdates for client {c}.", "processing_subscriptions")

    def client_disconnect():
        if not st["conns"]:
            return client_connect()
        c = g.c(sorted(st["conns"]))
        st["conns"].discard(c)
        eh("INF", f"Disposing MessagingServiceClient for device Id {c} because of {g.c(['OperationCanceledException', 'ConnectionClosed', 'ClientInitiated'])}", "disposing_client")
        eh("INF", f"Removing device connection for device {c} with removeCloudConnection flag 'True'.", "removing_connection")
        eh("INF", f"Closing cloud connection for {c}", "closing_cloud_connection")
        eh("INF", f"Connection status for {c} changed to Disconnected", "connection_status_changed")

    def twin():
        c = g.c(MODS + [f"{DEV}/$edgeHub"])
        if g.r.random() < 0.5:
            eh("INF", f"Updated reported properties for {c}", "updated_reported")
        else:
            eh("INF", "New token received on the Cbs link", "new_token_cbs")

    def cleanup():
        eh("INF", f"Cleaned up {g.num(0, 90000)} messages from queue for endpoint iothub and {g.num(0, 9000)} messages from message store.", "cleaned_up_messages")

    def uplink():
        if st["up"]:
            st["up"] = False
            c = g.c(MODS + [f"{DEV}/$edgeHub"])
            exc = ("Microsoft.Azure.Devices.Client.Exceptions.IotHubCommunicationException: Transient network error occurred, please retry.",
                   " ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable")
            frames = dotnet_frames([("System.Net.Dns.GetHostEntryOrAddressesCore(String hostName, Boolean justAddresses, AddressFamily addressFamily, ValueStopwatch stopwatch)", None, 0),
                                    ("Microsoft.Azure.Devices.Client.Transport.AmqpIot.AmqpIotTransport.InitializeAsync(TimeSpan timeout)", None, 0),
                                    ("Microsoft.Azure.Devices.Client.Transport.Amqp.AmqpConnectionHolder.EnsureConnectionAsync(TimeSpan timeout)", None, 0),
                                    ("Microsoft.Azure.Devices.Client.InternalClient.OpenAsync(CancellationToken cancellationToken)", None, 0),
                                    ("Microsoft.Azure.Devices.Edge.Hub.CloudProxy.ModuleClientWrapper.OpenAsync()", "/mnt/vss/_work/1/s/edge-hub/core/src/Microsoft.Azure.Devices.Edge.Hub.CloudProxy/ModuleClientWrapper.cs", 42),
                                    ("Microsoft.Azure.Devices.Edge.Hub.CloudProxy.CloudConnection.CreateNewDeviceClientAsync(IClientProvider clientProvider, Option`1 newTokenGetter)",
                                     "/mnt/vss/_work/1/s/edge-hub/core/src/Microsoft.Azure.Devices.Edge.Hub.CloudProxy/CloudConnection.cs", 161)])
            eh("WRN", f"Error creating cloud connection for client {c}", "error_creating_cloud_connection",
               [(exc[0], "exception_line"), (exc[1], "inner_exception")] + [(f, "dotnet_frame") for f in frames[:3]] + [("   --- End of inner exception stack trace ---", "end_inner")] +
               [(f, "dotnet_frame") for f in frames[3:]])
            eh("INF", "Entering disconnected state", "entering_disconnected")
            for _ in range(g.num(1, 4)):
                L.tick(30)
                eh("WRN", f"Error sending messages to cloud endpoint iothub: Transient network error occurred, please retry. Will retry in {g.c([5, 10, 20, 40, 60])} seconds", "error_sending_messages")
        else:
            st["up"] = True
            eh("INF", "Exiting disconnected state", "exiting_disconnected")
            eh("INF", f"Cloud connection for {DEV}/$edgeHub is True", "cloud_connection_is")
            eh("INF", f"Connection status for {DEV}/$edgeHub changed to ConnectionEstablished", "connection_status_changed")

    def restart():
        L.t += dt.timedelta(seconds=g.num(10, 60))
        startup()

    startup()
    ev = [(24, client_connect), (16, client_disconnect), (28, twin), (10, cleanup), (2, uplink), (0.2, restart)]
    return L.run(slowed(L, ev, 50), None)


# 13 --------------------------------------------------------------- Gurobi Optimizer 11.0.3 solving a logistics company's nightly vehicle-routing and depot-assignment MIPs (gurobipy from a scheduler, LogFile
#   appended run after run), /srv/routing/logs/gurobi.log: no header at all (time only as the solver's seconds in the node log); the parameter lines, the banner with
#   the CPU and thread count, model statistics and coefficient ranges, presolve, heuristic solutions, the root relaxation, the branch-and-bound table ("    Nodes    |
#   Current Node ..." with its rows, "H" rows for heuristic and "*" rows for node solutions), cutting planes, the result (optimal, time limit, infeasible)
@checked
def log_gurobi(seed):
    L = Log("gurobi_solver_log", seed, None, False, False)
    g = L.g

    def o(text, ev):
        L.emit(text, ev)

    def e(x):
        return f"{x:.0e}".replace("e+0", "e+0").replace("e-0", "e-0")

    def run():
        L.tick(3600)
        kind = g.c(["vrp", "vrp", "depot"])
        rows, cols = g.num(20000, 90000), g.num(40000, 300000)
        nz = cols * g.num(3, 8)
        binv = int(cols * g.r.uniform(0.9, 0.99))
        limit = g.c([300, 600, 900])
        o(f"Set parameter LogFile to value \"/srv/routing/logs/gurobi.log\"", "set_parameter")
        for p, v in [("TimeLimit", str(limit)), ("MIPGap", "0.005"), ("Threads", "16")] + ([("MIPFocus", "1")] if g.r.random() < 0.3 else []):
            o(f"Set parameter {p} to value {v}", "set_parameter")
        o("Gurobi Optimizer version 11.0.3 build v11.0.3rc0 (linux64 - \"Ubuntu 22.04.4 LTS\")", "gurobi_version")
        o("", "blank")
        o("CPU model: AMD EPYC 7543 32-Core Processor, instruction set [SSE2|AVX|AVX2]", "cpu_model")
        o("Thread count: 32 physical cores, 64 logical processors, using up to 16 threads", "thread_count")
        o("", "blank")
        o(f"Optimize a model with {rows} rows, {cols} columns and {nz} nonzeros", "optimize_model")
        o(f"Model fingerprint: 0x{g.hx(8)}", "model_fingerprint")
        o(f"Variable types: {cols - binv} continuous, {binv} integer ({binv} binary)", "variable_types")
        o("Coefficient statistics:", "coefficient_statistics")
        for name, lo, hi in [("Matrix range", 1, g.c([1e3, 5e3, 2e4])), ("Objective range", 1, g.c([2e3, 4e4, 1e5])), ("Bounds range", 1, 1), ("RHS range", 1, g.c([40, 400, 1e3]))]:
            o(f"  {name:<17}[{e(lo)}, {e(hi)}]", "coefficient_range")
        start = g.r.random() < 0.4
        if start:
            o(f"", "blank")
            o(f"Loaded user MIP start with objective {g.r.uniform(1.1e6, 1.6e6):.6g}", "loaded_mip_start")
        o("", "blank")
        if kind == "depot" and g.r.random() < 0.15:
            o(f"Presolve removed {g.num(100, 9000)} rows and {g.num(100, 9000)} columns", "presolve_removed")
            o(f"Presolve time: {g.f(0.1, 4, 2)}s", "presolve_time")
            o("", "blank")
            o("Solution count 0", "solution_count_zero")
            o("", "blank")
            o("Model is infeasible", "model_infeasible")
            o("Best objective -, best bound -, gap -", "best_objective_none")
            o("", "blank")
            o("Computing Irreducible Inconsistent Subsystem (IIS)...", "computing_iis")
            o("", "blank")
            o(f"IIS computed: {g.num(2, 12)} constraints, {g.num(0, 8)} bounds", "iis_computed")
            o(f"IIS runtime: {g.f(0.5, 30, 2)} seconds ({g.f(0.5, 40, 2)} work units)", "iis_runtime")
            return
        o(f"Presolve removed {g.num(1000, rows // 3)} rows and {g.num(1000, cols // 4)} columns", "presolve_removed")
        pt = g.r.uniform(0.5, 6)
        o(f"Presolve time: {pt:.2f}s", "presolve_time")
        prow, pcol = int(rows * 0.7), int(cols * 0.8)
        o(f"Presolved: {prow} rows, {pcol} columns, {int(nz * 0.75)} nonzeros", "presolved")
        o(f"Variable types: {pcol - int(pcol * 0.97)} continuous, {int(pcol * 0.97)} integer ({int(pcol * 0.97)} binary)", "variable_types")
        inc = g.r.uniform(1.15e6, 1.5e6)
        o(f"Found heuristic solution: objective {inc:.4f}", "found_heuristic")
        o("", "blank")
        root = inc * g.r.uniform(0.78, 0.9)
        rt = pt + g.r.uniform(2, 40)
        o(f"Root relaxation: objective {root:.6e}, {g.num(5000, 90000)} iterations, {rt - pt:.2f} seconds ({g.f(3, 90, 2)} work units)", "root_relaxation")
        o("", "blank")
        o("    Nodes    |    Current Node    |     Objective Bounds      |     Work", "node_header1")
        o(" Expl Unexpl |  Obj  Depth IntInf | Incumbent    BestBd   Gap | It/Node Time", "node_header2")
        o("", "blank")
        t = rt
        bd = root
        expl = 0
        unexpl = 0
        target = g.c([0.004, 0.004, 0.01, 0.02])
        nrows = g.num(15, 70)
        for k in range(nrows):
            t += g.r.uniform(0.5, limit / nrows)
            if k < 3:
                expl, unexpl = 0, (0 if k < 2 else 2)
            else:
                expl = int(expl * g.r.uniform(1.05, 1.35)) + g.num(1, 40)
                unexpl = max(0, int(expl * g.r.uniform(0.05, 0.7)))
            gap = (inc - bd) / inc
            itn = "-" if expl == 0 else f"{g.r.uniform(2, 120):.1f}"
            r = g.r.random()
            if r < 0.12:
                inc = bd + (inc - bd) * g.r.uniform(0.6, 0.95)
                gap = (inc - bd) / inc
                o(f"H{expl:>5} {unexpl:>5}{'':>22}{inc:>13.6e} {bd:10.4e} {gap * 100:5.2f}% {itn:>5} {int(t):>4}s", "node_row_heuristic")
            elif r < 0.2 and expl > 0:
                inc = bd + (inc - bd) * g.r.uniform(0.7, 0.97)
                gap = (inc - bd) / inc
                o(f"*{expl:>5} {unexpl:>5}{'':>11}{g.num(5, 60):>5}{'':>6}{inc:>13.6e} {bd:10.4e} {gap * 100:5.2f}% {itn:>5} {int(t):>4}s", "node_row_incumbent")
            elif r < 0.24 and expl > 0:
                o(f"{expl:>6} {unexpl:>5} {g.c(['cutoff', 'infeasible']):>10} {g.num(5, 60):>4} {'':>4} {inc:10.4e} {bd:10.4e} {gap * 100:5.2f}% {itn:>5} {int(t):>4}s", "node_row_status")
            else:
                obj = bd + (inc - bd) * g.r.uniform(0, 0.5)
                o(f"{expl:>6} {unexpl:>5} {obj:10.4e} {g.num(0, 60) if expl else 0:>4} {g.num(5, 900):>4} {inc:10.4e} {bd:10.4e} {gap * 100:5.2f}% {itn:>5} {int(t):>4}s", "node_row")
            bd += (inc - bd) * g.r.uniform(0.0, 0.08)
            if (inc - bd) / inc < target:
                break
        o("", "blank")
        cuts = g.r.sample(["Gomory", "Cover", "Implied bound", "Clique", "MIR", "StrongCG", "Flow cover", "GUB cover", "Inf proof", "Zero half", "RLT", "Relax-and-lift", "BQP"], g.num(4, 9))
        o("Cutting planes:", "cutting_planes")
        for c in cuts:
            o(f"  {c}: {g.num(1, 900)}", "cut_row")
        o("", "blank")
        tl = t >= limit * 0.9 or (inc - bd) / inc > 0.005
        t = min(max(t, 1), limit) if tl else t
        o(f"Explored {expl} nodes ({g.num(100000, 9000000)} simplex iterations) in {t:.2f} seconds ({t * g.r.uniform(1.2, 2.5):.2f} work units)", "explored")
        o("Thread count was 16 (of 64 available processors)", "thread_count_was")
        o("", "blank")
        n = g.num(3, 10)
        sols = sorted([inc] + [inc * g.r.uniform(1.0005, 1.2) for _ in range(n - 1)])
        o(f"Solution count {n}: " + " ".join(f"{x:.5g}" for x in sols[:10]) + (" ... " if n > 10 else ""), "solution_count")
        o("", "blank")
        if tl:
            o("Time limit reached", "time_limit_reached")
        else:
            o("Optimal solution found (tolerance 5.00e-03)", "optimal_found")
        o(f"Best objective {inc:.12e}, best bound {bd:.12e}, gap {(inc - bd) / inc * 100:.4f}%", "best_objective")

    while len(L.rows) < N_LINES:
        run()
        L.emit("", "blank")
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- CrowdSec 1.6.4 (Debian package, with the firewall bouncer) on a web server of a French agency hosting WordPress sites (TZ Europe/Paris),
#   /var/log/crowdsec.log: logrus text, time="2026-12-01T11:00:00+01:00" level=info msg="..." and sometimes fields after it (type=file, file=..., stage=...); the start-up
#   loading parsers, scenarios and data sources, scanners and brute-forcers overflowing buckets ("Ip ... performed 'crowdsecurity/http-probing' (11 events over 2.8s)")
#   and banned, the Central API pushes, pulls and metrics, the community blocklist, a log file that disappears during rotation, CAPI unreachable for a while
@checked
def log_crowdsec(seed):
    L = Log("crowdsec_log", seed, "full", True, False)
    g = L.g
    OFF = dt.timedelta(hours=1)
    SCEN = [("crowdsecurity/http-probing", 11, 30), ("crowdsecurity/http-crawl-non_statics", 9, 10), ("crowdsecurity/http-sensitive-files", 5, 12), ("crowdsecurity/http-bad-user-agent", 2, 10),
            ("crowdsecurity/ssh-bf", 6, 12), ("crowdsecurity/ssh-slow-bf", 11, 4), ("crowdsecurity/http-wordpress-scan", 5, 8), ("crowdsecurity/http-cve-2021-41773", 1, 1),
            ("crowdsecurity/http-admin-interface-probing", 3, 4), ("LePresidente/http-generic-401-bf", 6, 3)]
    CC = [("CN", 4134), ("US", 14061), ("US", 16509), ("RU", 49505), ("NL", 14061), ("DE", 24940), ("BR", 28573), ("VN", 7552), ("IN", 9829), ("SG", 45102), ("FR", 16276)]
    st = {"capi": True, "ver": "v1.6.4-debian-pragmatic-amd64-523164f6-linux"}

    def cs(level, msg, ev, **kw):
        step(L, 300)
        lt = L.t + OFF
        extra = "".join(f" {k}={json.dumps(v) if (' ' in str(v) or '=' in str(v)) else v}" for k, v in kw.items())
        L.emit(f"time=\"{lt:%Y-%m-%dT%H:%M:%S}+01:00\" level={level} msg={json.dumps(msg)}{extra}", ev, level)

    def startup():
        cs("info", "Enabled feature flags: <none>", "feature_flags")
        cs("info", f"Crowdsec {st['ver']}", "crowdsec_version")
        cs("info", "Loading prometheus collectors", "loading_prometheus")
        cs("info", "Loading CAPI manager", "loading_capi")
        cs("info", "CAPI manager configured successfully", "capi_configured")
        cs("info", "Start push to CrowdSec Central API (interval: 17s once, then 10s)", "start_push")
        cs("info", f"Start sending metrics to CrowdSec Central API (interval: {g.num(10, 40)}m{g.num(0, 59)}s once, then 30m0s)", "start_metrics")
        cs("info", "CrowdSec Local API listening on 127.0.0.1:8080", "lapi_listening")
        cs("info", "capi metrics: sending", "capi_metrics_sending")
        cs("info", "Loading grok library /etc/crowdsec/patterns", "loading_grok")
        cs("info", f"Start pull from CrowdSec Central API (interval: 1h{g.num(50, 59)}m{g.num(0, 59)}s once, then 2h0m0s)", "start_pull")
        cs("info", "Loading enrich plugins", "loading_enrich")
        for en in ["GeoIpCity", "GeoIpASN", "IpToRange", "reverse_dns", "ParseDate", "UnmarshalJSON"]:
            cs("info", f"Successfully registered enricher '{en}'", "registered_enricher")
        cs("info", f"Loading parsers from {g.num(12, 16)} files", "loading_parsers")
        for f, stage in [("/etc/crowdsec/parsers/s00-raw/syslog-logs.yaml", "s00-raw"), ("/etc/crowdsec/parsers/s01-parse/nginx-logs.yaml", "s01-parse"),
                         ("/etc/crowdsec/parsers/s01-parse/sshd-logs.yaml", "s01-parse"), ("/etc/crowdsec/parsers/s02-enrich/dateparse-enrich.yaml", "s02-enrich"),
                         ("/etc/crowdsec/parsers/s02-enrich/geoip-enrich.yaml", "s02-enrich"), ("/etc/crowdsec/parsers/s02-enrich/http-logs.yaml", "s02-enrich"),
                         ("/etc/crowdsec/parsers/s02-enrich/whitelists.yaml", "s02-enrich")]:
            cs("info", f"Loaded {g.num(1, 14)} parser nodes", "loaded_parser_nodes", file=f, stage=stage)
        cs("info", f"Loaded {g.num(80, 140)} nodes from 3 stages", "loaded_nodes")
        cs("info", f"Loading {g.num(40, 70)} scenario files", "loading_scenarios")
        cs("info", "Adding file /var/log/nginx/access.log to datasources", "adding_file", type="file")
        cs("info", "Adding file /var/log/nginx/error.log to datasources", "adding_file", type="file")
        cs("info", "Adding file /var/log/auth.log to datasources", "adding_file", type="file")
        cs("info", "Starting processing data", "starting_processing")
        if g.r.random() < 0.5:
            cs("warning", "prometheus: listen tcp 127.0.0.1:6060: bind: address already in use", "prometheus_bind")

    def overflow():
        sc, n, _ = g.r.choices(SCEN, [w for *_, w in SCEN])[0]
        ip = g.ip("pub")
        cc, asn = g.c(CC)
        ev_n = n + g.num(0, 4)
        span = g.r.uniform(0.2, 40) if "slow" not in sc else g.r.uniform(60, 900)
        ts = L.t - dt.timedelta(milliseconds=g.num(1, 900))
        cs("info", f"Ip {ip} performed '{sc}' ({ev_n} events over {span:.6g}s) at {ts:%Y-%m-%d %H:%M:%S}.{us6(ts)}{g.num(100, 999)} +0000 UTC", "ip_performed")
        dur = "4h" if g.r.random() < 0.9 else g.c(["8h", "16h", "24h"])
        cs("info", f"(localhost/crowdsec) {sc} by ip {ip} ({cc}/{asn}) : {dur} ban on Ip {ip}", "ban_on_ip")

    def push():
        if not st["capi"]:
            cs("error", "capi push: Post \"https://api.crowdsec.net/v2/signals\": dial tcp: lookup api.crowdsec.net on 127.0.0.53:53: read udp 127.0.0.1:43521->127.0.0.53:53: i/o timeout", "capi_push_error")
            if g.r.random() < 0.2:
                st["capi"] = True
            return
        cs("info", f"Signal push: {g.num(1, 12)} signals to push", "signal_push")

    def metrics():
        if not st["capi"]:
            cs("error", "capi metrics: failed: Post \"https://api.crowdsec.net/v2/metrics\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "capi_metrics_failed")
            return
        cs("info", "capi metrics: metrics sent successfully", "capi_metrics_ok")

    def pull():
        cs("info", "Starting community-blocklist update", "blocklist_update")
        cs("info", f"capi/community-blocklist : {g.num(0, 40)} explicit deletions", "blocklist_deletions")
        cs("info", f"crowdsecurity/community-blocklist : added {g.num(14000, 16000)} entries, deleted {g.num(13000, 16000)} entries (alert:{g.num(100, 900)})", "blocklist_added")

    def capi_down():
        st["capi"] = False
        cs("warning", "while pulling community blocklist: Get \"https://api.crowdsec.net/v2/decisions/stream?startup=false\": dial tcp 52.85.49.37:443: i/o timeout", "pull_warning")

    def rotate():
        f = g.c(["/var/log/nginx/access.log", "/var/log/nginx/error.log"])
        cs("warning", f"Failed to read {f}: stat {f}: no such file or directory", "failed_to_read", type="file")
        L.t += dt.timedelta(seconds=g.num(1, 4))
        cs("info", f"Adding file {f} to datasources", "adding_file", type="file")

    def restart():
        cs("info", "Shutting down crowdsec sub-routines", "shutting_down")
        cs("info", "Acquisition is finished, shutting down", "acquisition_finished")
        cs("info", "crowdsec daemon stopped", "daemon_stopped")
        L.t += dt.timedelta(seconds=g.num(2, 10))
        startup()

    startup()
    ev = [(40, overflow), (28, push), (3, metrics), (1.5, pull), (0.4, capi_down), (1, rotate), (0.15, restart)]
    return L.run(slowed(L, ev, 60), None)


# 15 --------------------------------------------------------------- Jamf Pro 11.11 on premises (Tomcat, MySQL 8, Ubuntu 22.04) managing a logistics company's iPads and iPhones (warehouse scanners, drivers'
#   phones) and a few dozen Macs, /usr/local/jss/logs/JAMFSoftwareServer.log: "2026-12-01 10:00:00,123 [INFO ] [Tomcat-42          ] [MDMCommandServlet             ] - msg":
#   the level, the thread and the class padded in brackets; MDM commands acknowledged and failing, inventory updates, APNs pushes and rejected tokens, policies run on Macs,
#   smart groups recalculated, Apple Business Manager and VPP syncs, the LDAP server timing out with a Java stack trace, database pool warnings, a restart
@checked
def log_jamf(seed):
    L = Log("jamf_pro_server_log", seed, "full", True, True)
    g = L.g
    DEVS = [(f"{g.c(['iPad-Lager', 'iPhone-Fahrer', 'iPad-Kommissionierung', 'iPhone-Disposition'])}-{n:03d}", g.HX(8) + "-" + g.HX(16), g.c(["DMP", "F9F", "GG7", "HX4"]) + g.alnum(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
             g.num(100, 2400)) for n in range(1, 140)]
    MACS = [(f"MAC-{g.c(['Buchhaltung', 'Vertrieb', 'IT', 'Geschaeftsfuehrung', 'Personal'])}-{n:02d}", g.c(["C02", "FVF", "H4T"]) + g.alnum(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
             g.num(10, 400)) for n in range(1, 30)]
    CMDS = ["DeviceInformation", "DeviceInformation", "InstalledApplicationList", "ProfileList", "InstallProfile", "InstallApplication", "SecurityInfo", "CertificateList",
            "ScheduleOSUpdate", "DeviceLock", "ClearPasscode", "Settings"]
    POLICIES = [("Install Google Chrome", 12), ("Update Inventory", 1), ("Microsoft Office Updates", 33), ("Rosetta 2", 8), ("Install DATEV Arbeitsplatz", 41), ("Set Desktop Picture", 5),
                ("macOS Sequoia 15.2 Upgrade", 57)]
    GROUPS = [("iOS below 18.1", 17), ("iPads without passcode", 23), ("Drivers - no check-in 7 days", 31), ("Macs - FileVault off", 9), ("Scanners - battery health < 80%", 44)]
    st = {"ldap": True}

    def jf(lv, th, cls, msg, ev, cont=()):
        step(L, 400)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{lv:<5}] [{th[:19]:<19}] [{cls[:30]:<30}] - {msg}", ev, lv, cls)
        for text, cev in cont:
            L.emit(text, cev, lv, cls)

    def tomcat():
        return f"Tomcat-{g.num(1, 150)}"

    def startup():
        M = "localhost-startStop-1"
        jf("INFO", M, "JSSServletContextListener", "Initializing Jamf Pro", "initializing")
        jf("INFO", M, "JSSServletContextListener", "Jamf Pro version: 11.11.2-t1733232222", "version")
        jf("INFO", M, "DatabaseConnectionManager", "Database connection pool initialized (jdbc:mysql://localhost:3306/jamfsoftware, maxPoolSize=90)", "db_pool_initialized")
        jf("INFO", M, "DatabaseSchemaVerifier", "Database schema is up to date (version 11.11.2)", "schema_up_to_date")
        jf("INFO", M, "CacheManager", "Cache type: ehcache", "cache_type")
        jf("INFO", M, "APNSService", "Loaded push certificate for topic com.apple.mgmt.External." + g.uuid() + " (expires 2027-08-14)", "push_cert_loaded")
        jf("INFO", M, "JamfScheduler", f"Scheduled {g.num(40, 60)} tasks", "scheduled_tasks")
        jf("INFO", M, "JSSServletContextListener", f"Jamf Pro started in {g.num(40, 140)} seconds", "started")

    def mdm():
        name, udid, serial, did = g.c(DEVS)
        cmd = g.c(CMDS)
        cu = g.uuid().upper()
        th = tomcat()
        r = g.r.random()
        if r < 0.82:
            jf("INFO", th, "MDMCommandServlet", f"Received status Acknowledged for command {cmd} ({cu}) from device {udid} ({name})", "mdm_status")
            if cmd == "DeviceInformation":
                jf("INFO", th, "MobileDeviceInventoryHelper", f"Inventory updated for mobile device {name} (ID {did}, serial {serial})", "mobile_inventory_updated")
        elif r < 0.93:
            err = g.c([("12035", "Could not install the application: The app license is not available"), ("4001", "The profile could not be installed: The payload is already installed"),
                       ("12064", "The device is in Lost Mode"), ("21", "Timeout waiting for the user to accept the update")])
            jf("WARN", th, "MDMCommandServlet", f"Received status Error for command {cmd} ({cu}) from device {udid} ({name}). ErrorChain: [{err[0]}] {err[1]}", "mdm_error")
        else:
            jf("INFO", th, "MDMCommandServlet", f"Received status NotNow for command {cmd} ({cu}) from device {udid} ({name})", "mdm_status")

    def push():
        r = g.r.random()
        th = f"APNS-Worker-{g.num(1, 8)}"
        if r < 0.75:
            jf("INFO", th, "APNSService", f"Sent {g.num(1, 140)} push notification(s) to api.push.apple.com", "push_sent")
        elif r < 0.93:
            name, udid, serial, did = g.c(DEVS)
            jf("WARN", th, "APNSService", f"APNs rejected notification for device {udid} ({name}): {g.c(['BadDeviceToken', 'Unregistered', 'DeviceTokenNotForTopic'])}", "push_rejected")
        else:
            jf("ERROR", th, "APNSService", "Unable to connect to api.push.apple.com:443: java.net.SocketTimeoutException: connect timed out", "push_connect_failed")

    def mac():
        name, serial, cid = g.c(MACS)
        th = tomcat()
        if g.r.random() < 0.5:
            jf("INFO", th, "ComputerInventoryHelper", f"Inventory submitted for computer {name} (ID {cid}, serial {serial})", "computer_inventory")
        else:
            pol, pid = g.c(POLICIES)
            res = g.c(["Completed", "Completed", "Completed", "Failed"])
            jf("INFO" if res == "Completed" else "WARN", th, "PolicyHistoryHelper", f"Policy '{pol}' (ID {pid}) finished on computer {name} with status {res}", "policy_finished")

    def group():
        gname, gid = g.c(GROUPS)
        jf("INFO", f"JSS-EventQueue-Thread-{g.num(1, 6)}", "SmartGroupMembershipHelper", f"Recalculated smart group '{gname}' (ID {gid}): {g.num(0, 140)} members in {g.num(20, 9000)} ms", "smart_group")

    def sync():
        th = f"Scheduled-Task-{g.num(1, 12)}"
        if g.r.random() < 0.5:
            jf("INFO", th, "DeviceEnrollmentSyncTask", f"Automated Device Enrollment sync finished for instance 'ABM ACME Logistik': {g.num(0, 12)} added, {g.num(0, 3)} removed", "ade_sync")
        else:
            jf("INFO", th, "VPPAssetSyncTask", f"Volume purchasing sync finished for location 'ACME Logistik GmbH': {g.num(20, 60)} assets, {g.num(0, 40)} assignments updated", "vpp_sync")

    def ldap():
        th = tomcat()
        if st["ldap"] and g.r.random() < 0.6:
            jf("INFO", th, "LDAPServerHelper", f"LDAP lookup for user '{g.c(['t.schmitz', 'a.yilmaz', 'disponent3', 'k.lange'])}' on dc01.acme.local took {g.num(20, 900)} ms", "ldap_lookup")
            return
        st["ldap"] = not st["ldap"] if g.r.random() < 0.5 else st["ldap"]
        jf("ERROR", th, "LDAPServerHelper", "Error connecting to LDAP server dc01.acme.local:636", "ldap_error",
           [("javax.naming.CommunicationException: dc01.acme.local:636 [Root exception is java.net.SocketTimeoutException: connect timed out]", "exception_line")] +
           [(x, "java_frame") for x in java_frames(g, [("java.naming/com.sun.jndi.ldap.Connection.<init>", "Connection.java"), ("java.naming/com.sun.jndi.ldap.LdapClient.<init>", "LdapClient.java"),
                                                       ("java.naming/com.sun.jndi.ldap.LdapCtx.connect", "LdapCtx.java"), ("com.jamfsoftware.jss.ldap.LDAPServerHelper.getContext", "LDAPServerHelper.java"),
                                                       ("com.jamfsoftware.jss.ldap.LDAPServerHelper.lookupUser", "LDAPServerHelper.java"),
                                                       ("com.jamfsoftware.jss.auth.LDAPAuthenticationProvider.authenticate", "LDAPAuthenticationProvider.java")])] +
           [("Caused by: java.net.SocketTimeoutException: connect timed out", "caused_by")] +
           [(x, "java_frame") for x in java_frames(g, [("java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect", "NioSocketImpl.java"), ("java.base/java.net.Socket.connect", "Socket.java")])] +
           [(f"\t... {g.num(40, 80)} more", "frames_more")])

    def db():
        jf("WARN", f"JSS-EventQueue-Thread-{g.num(1, 6)}", "DatabaseConnectionManager", f"Database connection pool is running low: {g.num(80, 90)}/90 connections in use", "db_pool_low")

    def restart():
        jf("INFO", "Thread-1", "JSSServletContextListener", "Jamf Pro is shutting down", "shutting_down")
        L.t += dt.timedelta(seconds=g.num(30, 120))
        startup()

    startup()
    ev = [(50, mdm), (14, push), (12, mac), (5, group), (2, sync), (4, ldap), (1, db), (0.08, restart)]
    return L.run(slowed(L, ev, 20), None)


# 16 --------------------------------------------------------------- AWS Elastic Beanstalk (Node.js 20 on 64bit Amazon Linux 2023, platform 6.4) running a shop's storefront, an instance's /var/log/eb-engine.log:
#   "2026/12/01 10:00:00.123456 [INFO] message" (slashes in the date, microseconds, the level in brackets); each deployment's instructions (StageApplication, hooks,
#   npm install, proxy configuration, FlipApplication), commands whose output the engine writes into the message (npm's summary, nginx -t, cfn-get-metadata's JSON
#   on the lines after), configuration deployments, tail-log requests, a deployment failing in npm install with its stderr, the CommandService response JSON
@checked
def log_eb(seed):
    L = Log("elastic_beanstalk_eb_engine", seed, "full", True, False)
    g = L.g
    st = {"ver": g.num(180, 200)}

    def eb(lv, msg, ev, cont=()):
        step(L, 60)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S}.{us6(L.t)} [{lv}] {msg}", ev, lv)
        for text, cev in cont:
            L.emit(text, cev, lv)

    def instr(name):
        eb("INFO", f"Executing instruction: {name}", "executing_instruction")

    def run(cmd, out=None, ev_out=None, secs=None):
        eb("INFO", f"Running command {cmd}", "running_command")
        if out is not None:
            L.t += dt.timedelta(milliseconds=g.num(20, 2000)) if secs is None else dt.timedelta(seconds=secs, milliseconds=g.num(0, 999))
            eb("INFO", out[0], ev_out[0] if ev_out else "command_output_first", [(x, e) for x, e in out[1:]])

    def begin(cmd):
        eb("INFO", "Starting...", "starting")
        eb("INFO", "Starting EBPlatform-PlatformEngine", "starting_engine")
        eb("INFO", "reading event message file", "reading_event_file")
        eb("INFO", f"Engine received EB command {cmd}", "engine_received")

    def response(ok, msg):
        ev = [{"msg": msg, "timestamp": int(L.t.timestamp() * 1000), "severity": "INFO" if ok else "ERROR"}]
        body = {"status": "SUCCESS" if ok else "FAILURE", "api_version": "1.0",
                "results": [{"status": "SUCCESS" if ok else "FAILURE", "msg": "Engine execution has succeeded." if ok else "Engine execution has encountered an error.",
                             "returncode": 0 if ok else 1, "events": ev}]}
        eb("INFO", f"Executing cleanup logic", "executing_cleanup")
        eb("INFO", f"CommandService Response: {json.dumps(body, separators=(',', ':'))}", "commandservice_response")

    def deploy():
        st["ver"] += 1
        begin("app-deploy")
        instr("StageApplication")
        eb("INFO", "extracting /opt/elasticbeanstalk/deployment/app_source_bundle to /var/app/staging/", "extracting_bundle")
        run("/bin/sh -c /usr/bin/unzip -q -o /opt/elasticbeanstalk/deployment/app_source_bundle -d /var/app/staging/")
        eb("INFO", "finished extracting /opt/elasticbeanstalk/deployment/app_source_bundle to /var/app/staging/ successfully", "finished_extracting")
        instr("RunAppDeployPreBuildHooks")
        eb("INFO", "Executing platform hooks in .platform/hooks/prebuild/", "executing_hooks")
        eb("INFO", "The dir .platform/hooks/prebuild/ does not exist", "hooks_dir_missing")
        eb("INFO", "Finished running scripts in /var/app/staging/.platform/hooks/prebuild", "finished_hooks")
        instr("Install customer specified node.js version")
        eb("INFO", "there is no package.json engines node version specified, skip installing node", "no_engines_version") if g.r.random() < 0.5 else \
            eb("INFO", "Installing node.js version 20.18.1 specified in package.json", "installing_node")
        instr("Use NPM to install dependencies")
        eb("INFO", "use npm to install dependencies", "use_npm")
        run("/bin/sh -c npm config set jobs 1")
        if g.r.random() < 0.1:
            eb("INFO", "Running command /bin/sh -c npm --omit=dev install", "running_command")
            L.t += dt.timedelta(seconds=g.num(10, 60))
            eb("ERROR", "An error occurred during execution of command [app-deploy] - [Use NPM to install dependencies]. Stop running the command. Error: Command /bin/sh -c npm --omit=dev install "
                        "failed with error exit status 1. Stderr:npm ERR! code ERESOLVE", "deploy_error",
               [("npm ERR! ERESOLVE unable to resolve dependency tree", "npm_err"), ("npm ERR! ", "npm_err"), ("npm ERR! While resolving: storefront@2.14.0", "npm_err"),
                (f"npm ERR! Found: react@{g.c(['18.3.1', '19.0.0'])}", "npm_err"), ("npm ERR! node_modules/react", "npm_err"), ("npm ERR!   react@\"^19.0.0\" from the root project", "npm_err"),
                ("npm ERR! ", "npm_err"), ("npm ERR! Could not resolve dependency:", "npm_err"), ("npm ERR! peer react@\"^16.8.0 || ^17.0.0 || ^18.0.0\" from react-slick@0.30.2", "npm_err"),
                ("npm ERR! ", "npm_err"), ("npm ERR! Fix the upstream dependency conflict, or retry", "npm_err"),
                ("npm ERR! this command with --force or --legacy-peer-deps", "npm_err"), ("npm ERR! to accept an incorrect (and potentially broken) dependency resolution.", "npm_err"),
                ("", "blank")])
            response(False, "Instance deployment failed to install application dependencies. The deployment failed.")
            eb("INFO", "Platform Engine finished execution on command: app-deploy", "engine_finished")
            return
        pk = g.num(300, 900)
        secs = g.num(8, 90)
        vuln = [("found 0 vulnerabilities", "npm_no_vulnerabilities")] if g.r.random() < 0.6 else \
            [(f"{g.num(1, 9)} moderate severity vulnerabilities", "npm_vulnerabilities"), ("", "blank"), ("To address all issues, run:", "npm_address_issues"),
             ("  npm audit fix", "npm_audit_fix"), ("", "blank"), ("Run `npm audit` for details.", "npm_audit_details")]
        run("/bin/sh -c npm --omit=dev install",
            ["", ("", "blank"), (f"added {pk} packages, and audited {pk + 1} packages in {secs}s", "npm_added"), ("", "blank"),
             (f"{g.num(40, 140)} packages are looking for funding", "npm_funding"), ("  run `npm fund` for details", "npm_fund_hint"), ("", "blank")] + vuln + [("", "blank")],
            ["command_output_blank"], secs=secs)
        instr("check Procfile")
        instr("configure X-Ray")
        eb("INFO", "X-Ray is not enabled.", "xray_disabled")
        instr("configure proxy server")
        instr("configure healthd specific proxy conf")
        run("/bin/sh -c systemctl show -p PartOf healthd.service", ["PartOf=aws-eb.target", ("", "blank")], ["systemctl_partof"])
        instr("configure log streaming")
        instr("RunAppDeployPreDeployHooks")
        eb("INFO", "Executing platform hooks in .platform/hooks/predeploy/", "executing_hooks")
        eb("INFO", "The dir .platform/hooks/predeploy/ does not exist", "hooks_dir_missing")
        eb("INFO", "Finished running scripts in /var/app/staging/.platform/hooks/predeploy", "finished_hooks")
        instr("stop X-Ray")
        instr("stop proxy")
        run("/bin/sh -c systemctl stop nginx.service")
        instr("FlipApplication")
        eb("INFO", "Fetching environment variables...", "fetching_env")
        eb("INFO", "Purge old process...", "purge_old")
        run("/bin/sh -c systemctl stop web.service")
        instr("start X-Ray")
        instr("start proxy with new configuration")
        run("/bin/sh -c /usr/sbin/nginx -t -c /var/proxy/staging/nginx/nginx.conf",
            ["nginx: the configuration file /var/proxy/staging/nginx/nginx.conf syntax is ok", ("nginx: configuration file /var/proxy/staging/nginx/nginx.conf test is successful", "nginx_test_ok"),
             ("", "blank")], ["nginx_syntax_ok"])
        run("/bin/sh -c systemctl start nginx.service")
        instr("configureSqsd")
        eb("INFO", "This is a web server environment instance, skip configure sqsd daemon ...", "skip_sqsd_configure")
        instr("startSqsd")
        eb("INFO", "This is a web server environment instance, skip start sqsd daemon ...", "skip_sqsd_start")
        instr("Track pids in healthd")
        eb("INFO", "This is enhanced health env...", "enhanced_health")
        run("/bin/sh -c systemctl show -p ConsistOf aws-eb.target | cut -d= -f2", ["web.service nginx.service cfn-hup.service healthd.service", ("", "blank")], ["systemctl_consistof"])
        instr("RunAppDeployPostDeployHooks")
        eb("INFO", "Executing platform hooks in .platform/hooks/postdeploy/", "executing_hooks")
        eb("INFO", "The dir .platform/hooks/postdeploy/ does not exist", "hooks_dir_missing")
        eb("INFO", "Finished running scripts in /var/app/current/.platform/hooks/postdeploy", "finished_hooks")
        response(True, "Instance deployment completed successfully.")
        eb("INFO", "Platform Engine finished execution on command: app-deploy", "engine_finished")

    def cfn_hup():
        begin("cfn-hup-exec")
        run("/bin/sh -c /opt/aws/bin/cfn-get-metadata -s arn:aws:cloudformation:eu-central-1:412345678901:stack/awseb-e-" + g.alnum(10) + "-stack/" + g.uuid() +
            " -r AWSEBAutoScalingGroup --region eu-central-1",
            ["{", ("  \"AWS::ElasticBeanstalk::Ext\": {", "json_open_key"), ("    \"TriggerConfigDeployment\": false,", "json_key_value"),
             ("    \"_ContainerConfigFileContent\": {", "json_open_key"), ("      \"plugins\": {", "json_open_key"), ("        \"rds\": {", "json_open_key"),
             ("          \"Description\": \"RDS Environment variables\",", "json_key_value"), ("          \"env\": {}", "json_key_value"), ("        }", "json_close"),
             ("      }", "json_close"), ("    }", "json_close"), ("  }", "json_close"), ("}", "json_close")], ["json_open"])
        eb("INFO", "this command is not applicable to the instance, thus instance shouldn't execute command", "not_applicable") if g.r.random() < 0.3 else \
            eb("INFO", "Executing cleanup logic", "executing_cleanup")
        eb("INFO", "Platform Engine finished execution on command: cfn-hup-exec", "engine_finished")

    def tail():
        begin("tail-log")
        instr("GetTailLogs")
        eb("INFO", "Tail Logs...", "tail_logs")
        for f in ["/var/log/eb-engine.log", "/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/web.stdout.log", "/var/log/eb-hooks.log"]:
            run(f"/bin/sh -c tail -n 100 {f}")
        response(True, "Retrieved logs successfully.")
        eb("INFO", "Platform Engine finished execution on command: tail-log", "engine_finished")

    def config():
        begin("config-deploy")
        for i in ["StageApplication", "RunConfigDeployPreBuildHooks", "configure proxy server", "configure healthd specific proxy conf", "RunConfigDeployPreDeployHooks",
                  "stop proxy", "restart app", "start proxy with new configuration"]:
            instr(i)
            if i == "restart app":
                run("/bin/sh -c systemctl restart web.service")
            if i == "start proxy with new configuration":
                run("/bin/sh -c systemctl start nginx.service")
        response(True, "Instance configuration deployment completed successfully.")
        eb("INFO", "Platform Engine finished execution on command: config-deploy", "engine_finished")

    ev = [(8, deploy), (10, cfn_hup), (6, tail), (3, config)]
    return L.run(slowed(L, ev, 3 * 3600), None)


# 17 --------------------------------------------------------------- Atlassian Jira Software 9.12 (Data Center on one node, PostgreSQL) of a manufacturer's engineering teams,
#   <jira-home>/log/atlassian-jira.log: "2026-12-01 10:00:00,123+0000 http-nio-8080-exec-17 url: /rest/api/2/search; user: jdoe WARN jdoe 600x12345x2 1abc2de 10.3.4.5 /rest/api/2/search [c.a.j.issue.search.SearchHandler] msg":
#   the time with its offset, the thread, for requests the URL and user, the level, then user, request id, session hash, IP and URL (blank for background threads),
#   the logger in brackets; the start-up banner and environment dump spread over lines, Caesium jobs, [JIRA-STATS] lines with JSON, index flushes, mail fetch and
#   send failures with stack traces, failed logins, slow searches, webhooks that time out
@checked
def log_jira(seed):
    L = Log("jira_atlassian_log", seed, "full", True, True)
    g = L.g
    USERS = ["jdoe", "m.fischer", "a.nowak", "p.lang", "s.ito", "r.king", "bot-ci", "svc-confluence"]
    URLS = ["/rest/api/2/search", "/secure/Dashboard.jspa", "/browse/ENG-{n}", "/rest/agile/1.0/board/{b}/sprint", "/rest/api/2/issue/ENG-{n}", "/secure/RapidBoard.jspa",
            "/rest/greenhopper/1.0/xboard/work/allData.json", "/secure/CreateIssue.jspa"]

    def ts():
        return f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}+0000"

    def bg(thread, lv, logger, msg, ev, user="", cont=()):
        step(L, 500)
        L.emit(f"{ts()} {thread} {lv} {user}     [{logger}] {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def rq(lv, logger, msg, ev, user=None, url=None, cont=()):
        step(L, 500)
        user = user or g.c(USERS)
        url = (url or g.c(URLS)).replace("{n}", str(g.num(100, 9999))).replace("{b}", str(g.num(1, 60)))
        rid = f"{L.t.hour * 60 + L.t.minute}x{g.num(10000, 999999)}x{g.num(1, 9)}"
        L.emit(f"{ts()} http-nio-8080-exec-{g.num(1, 200)} url: {url}; user: {user} {lv} {user} {rid} {g.alnum(7)} {g.c(['10.3.', '10.4.', '10.9.'])}{g.num(0, 255)}.{g.num(1, 254)} {url} [{logger}] {msg}",
               ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def startup():
        B = "JIRA-Bootstrap"
        bg(B, "INFO", "c.a.jira.startup.JiraHomeStartupCheck", "The jira.home directory '/var/atlassian/application-data/jira' is validated and locked for exclusive use by this instance.", "home_locked")
        bg(B, "INFO", "c.a.jira.startup.JiraStartupLogger", "", "startup_banner_head",
           cont=[("    ", "banner_blank"), ("    ****************", "banner_stars"), ("    Jira starting...", "banner_starting"), ("    ****************", "banner_stars"), ("    ", "banner_blank")])
        env = [("JIRA Build", "9.12.15#9120015-sha1:3f3b0c9f0bb9b4f0ff3ec77f4e6b8f29c1c42d6b"), ("Build Date", "Tue Oct 22 00:00:00 UTC 2024"), ("JIRA Installation Type", "Standalone"),
               ("Application Server", "Apache Tomcat/9.0.91 - Servlet API 4.0"), ("Java Version", "17.0.13 - Eclipse Adoptium"), ("Current Working Directory", "/opt/atlassian/jira"),
               ("Maximum Allowable Memory", "8192MB"), ("Total Memory", "8192MB"), ("Free Memory", f"{g.num(5000, 7000)}MB"), ("Used Memory", f"{g.num(1000, 3000)}MB"),
               ("JVM Input Arguments", "-Djava.util.logging.config.file=/opt/atlassian/jira/conf/logging.properties -Xms8192m -Xmx8192m -XX:InitialCodeCacheSize=32m -XX:ReservedCodeCacheSize=512m"),
               ("Java Compatibility Information", "JIRA version = 9.12.15, Java Version = 17.0.13")]
        cont = [("    ", "banner_blank"), ("___ Environment _____________________________", "env_heading"), ("    ", "banner_blank")] + \
               [(f"     {k:<46}: {v}", "env_row") for k, v in env] + [("    ", "banner_blank")]
        bg(B, "INFO", "c.a.jira.startup.JiraStartupLogger", "", "startup_environment_head", cont=cont)
        L.tick(40)
        bg("Caesium-1-1", "INFO", "c.a.jira.startup.JiraStartupLogger", "", "startup_started_head",
           cont=[("    ", "banner_blank"), ("    ****************", "banner_stars"), ("    Jira started", "banner_started"), ("    ****************", "banner_stars"), ("    ", "banner_blank")])

    def stats():
        data = {"_statsName": g.c(["index-writer-stats", "issue-index-stats", "http-request-stats"]), "_statsType": "snapshot", "_time": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z",
                "_timestamp": int(L.t.timestamp() * 1000), "_duration": "PT5M0.001S", "_invocations": g.num(1, 9000), "_statsOverhead": "n/a",
                "updateDocumentsWithVersionMillis": {"count": g.num(0, 900), "min": 0, "max": g.num(10, 900), "sum": g.num(100, 90000), "avg": g.num(1, 90)}}
        bg("Jira Stats Logger", "INFO", "c.a.j.util.stats.JiraStats", f"[JIRA-STATS] [{data['_statsName']}] snapshot stats: duration: PT5M0.001S, statsOverhead: n/a, data: "
                                                                      f"{json.dumps(data, separators=(',', ':'))}", "jira_stats")

    def flush():
        bg(f"Caesium-1-{g.num(1, 4)}", "INFO", "c.a.jira.index.WriterWithStats", f"[index-writer-stats] ISSUE : snapshot stats: {{\"addDocumentsMillis\":{{\"count\":{g.num(0, 900)},\"min\":0,"
                                                                                    f"\"max\":{g.num(1, 90)},\"sum\":{g.num(10, 9000)}}},\"commitMillis\":{{\"count\":{g.num(1, 12)}}}}}",
           "index_writer_stats", user="ServiceRunner")

    def mail():
        r = g.r.random()
        if r < 0.5:
            bg(f"Caesium-1-{g.num(1, 4)}", "WARN", "c.a.j.s.mail.MailFetcherService", f"default service handler[10{g.num(100, 200)}]: Cannot retrieve mail due to a communication failure - unable to connect to the server.",
               "mail_fetch_failed", user="ServiceRunner")
        else:
            bg(f"Caesium-1-{g.num(1, 4)}", "ERROR", "c.a.mail.queue.MailQueueImpl", f"Error occurred in sending e-mail: Email Queue: {g.num(1, 40)} items; Email subject: "
                                                                             f"[JIRA] ({g.c(['ENG', 'QA', 'OPS'])}-{g.num(100, 9999)}) {g.c(['Bearing tolerance out of spec', 'PLC firmware 4.2 rollout', 'CNC-07 spindle vibration'])}",
               "mail_send_error", user="ServiceRunner",
               cont=[("com.atlassian.mail.MailException: javax.mail.MessagingException: Could not connect to SMTP host: smtp.acme-werke.example, port: 25;", "exception_line"),
                     ("  nested exception is:", "nested_exception"), ("\tjava.net.ConnectException: Connection refused", "nested_exception_line")] +
                    [(x, "java_frame") for x in java_frames(g, [("com.atlassian.mail.server.impl.SMTPMailServerImpl.sendWithMessageId", "SMTPMailServerImpl.java"),
                                                                ("com.atlassian.mail.queue.SingleMailQueueItem.send", "SingleMailQueueItem.java"),
                                                                ("com.atlassian.mail.queue.MailQueueImpl.sendBufferUnderLock", "MailQueueImpl.java"),
                                                                ("com.atlassian.jira.mail.JiraMailQueue.sendBuffer", "JiraMailQueue.java")])] +
                    [(f"\t... {g.num(10, 30)} more", "frames_more")])

    def login():
        u = g.c(USERS[:6] + ["admin", "root"])
        rq("WARN", "c.a.j.s.login.LoginStoreImpl", f"Failed login attempt for user '{u}', attempt {g.num(1, 5)} of 5", "login_failed", user="anonymous", url="/rest/auth/1/session")

    def slow():
        jql = g.c(["project = ENG AND status != Done ORDER BY Rank", "assignee = currentUser() AND resolution = Unresolved", 'text ~ "spindle" ORDER BY updated DESC'])
        rq("WARN", "c.a.j.issue.search.providers.LuceneSearchProvider", f"JQL query '{jql}' produced lucene query and took '{g.num(2000, 30000)}' ms to run.", "slow_jql",
           url="/rest/api/2/search")

    def request_error():
        rq("ERROR", "c.a.j.web.dispatcher.JiraWebworkActionDispatcher", f"Exception thrown from action 'ViewIssue', returning 404", "action_404", url="/browse/ENG-{n}") if g.r.random() < 0.5 else \
            rq("WARN", "c.a.j.web.servlet.rpc.AxisServletProvider", "Unable to find a Jira user for the REST request, returning 401", "rest_401", user="anonymous", url="/rest/api/2/myself")

    def webhook():
        bg(f"webhook-dispatcher:thread-{g.num(1, 4)}", "WARN", "c.a.webhooks.internal.publish.WebhookDispatcher",
           f"Dispatch of webhook 'Jenkins build trigger' to https://ci.acme-werke.example/jira-webhook/ failed: {g.c(['Read timed out', 'Connect to ci.acme-werke.example:443 failed: connect timed out', '502 Bad Gateway'])}",
           "webhook_failed")

    def cluster():
        bg("localq-reader-2", "INFO", "c.a.j.c.distribution.localq.LocalQCacheOpReader", f"[LOCALQ] [VIA-INVALIDATION] Checked queue size: {g.num(0, 40)}, processed {g.num(0, 900)} cache ops", "localq")

    startup()
    ev = [(10, stats), (14, flush), (6, mail), (10, login), (8, slow), (10, request_error), (4, webhook), (16, cluster)]
    return L.run(slowed(L, ev, 60), None)


# 18 --------------------------------------------------------------- hMailServer 5.6.8 on a Windows Server 2019 of a building contractor (one domain, 40 mailboxes, Outlook over IMAP, the clock in UTC),
#   C:\Program Files (x86)\hMailServer\Logs\hmailserver_2026-12-01.log: tab-separated, quoted: "SMTPD"	thread	session	"2026-12-01 10:00:00.123"	"ip"	"RECEIVED: ...":
#   the log type first (SMTPD, SMTPC, IMAPD, APPLICATION, TCPIP, DEBUG), the thread id, for sessions the session id and the remote IP, the time; inbound mail with
#   STARTTLS, DNSBL rejections, unknown recipients, password guessing on the submission port and auto-ban, deliveries and relays to the internet (hMailServer's
#   client side), Outlook's IMAP sessions; multi-line SMTP replies written with "[nl]"
@checked
def log_hmail(seed):
    L = Log("hmailserver_log", seed, "full", False, True)
    g = L.g
    DOM = "mueller-bau.de"
    ME = "mail.mueller-bau.de"
    USERS = ["info", "buchhaltung", "k.mueller", "s.mueller", "bauleitung", "t.weber", "a.schulz", "einkauf", "j.becker", "lager"]
    FROM = ["rechnung@baustoffe-meyer.de", "noreply@datev.de", "news@hornbach.de", "kontakt@architekt-vogt.de", "ausschreibung@stadt-musterhausen.de", "m.klein@statik-klein.de",
            "versand@wuerth.de", "service@telekom.de"]
    MX = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.102.27"), "web.de": ("mx-ha03.web.de", "212.227.15.41"), "t-online.de": ("mx00.t-online.de", "194.25.134.8"),
          "architekt-vogt.de": ("mx1.hosting-profi.de", "185.15.194.50"), "baustoffe-meyer.de": ("mail.baustoffe-meyer.de", "91.198.7.12")}
    st = {"sess": g.num(40000, 60000), "msg": g.num(200000, 300000)}

    def stamp():
        return f"\"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}\""

    def sess_line(kind, th, sid, ip, text, ev):
        step(L, 120)
        L.emit(f"\"{kind}\"\t{th}\t{sid}\t{stamp()}\t\"{ip}\"\t\"{text}\"", ev, None, kind)

    def plain(kind, th, text, ev):
        step(L, 60)
        L.emit(f"\"{kind}\"\t{th}\t{stamp()}\t\"{text}\"", ev, None, kind)

    def new_sess(ip, port):
        st["sess"] += 1
        th = g.num(3000, 6000)
        plain("TCPIP", th, f"TCP - {ip} connected to 192.168.10.5:{port}.", "tcp_connected")
        plain("DEBUG", th, f"TCP connection started for session {st['sess']}", "tcp_connection_started")
        return st["sess"], th

    def ehlo_reply():
        return f"250-{ME}[nl]250-SIZE 51200000[nl]250-STARTTLS[nl]250-AUTH LOGIN PLAIN[nl]250 HELP"

    def inbound():
        ip = g.c([f"209.85.{g.num(128, 255)}.{g.num(1, 254)}", f"212.227.{g.num(0, 255)}.{g.num(1, 254)}", g.ip("pub")])
        sid, th = new_sess(ip, 25)
        D = lambda text, ev: sess_line("SMTPD", th, sid, ip, text, ev)
        D(f"SENT: 220 {ME} ESMTP", "smtpd_sent_220_banner")
        helo = g.c(["mail-ej1-f54.google.com", "mout.web.de", "mail.baustoffe-meyer.de", f"ip-{ip.replace('.', '-')}.static.example.net", "User"])
        D(f"RECEIVED: EHLO {helo}", "smtpd_received")
        D(f"SENT: {ehlo_reply()}", "smtpd_sent_ehlo")
        if g.r.random() < 0.7:
            D("RECEIVED: STARTTLS", "smtpd_received")
            D("SENT: 220 Ready to start TLS", "smtpd_sent_220_tls")
            plain("TCPIP", th, f"TCPConnection - TLS/SSL handshake completed. Session Id: {sid}, Remote IP: {ip}, Version: {g.c(['TLSv1.2', 'TLSv1.3'])}, Cipher: "
                               f"{g.c(['ECDHE-RSA-AES256-GCM-SHA384', 'TLS_AES_256_GCM_SHA384'])}, Bits: 256", "tls_handshake_completed")
            D(f"RECEIVED: EHLO {helo}", "smtpd_received")
            D(f"SENT: {ehlo_reply()}", "smtpd_sent_ehlo")
        frm = g.c(FROM + [f"{g.alnum(8)}@{g.c(['mail.ru', 'gmx.net', 'outlook.com', 'yahoo.co.jp'])}"])
        D(f"RECEIVED: MAIL FROM:<{frm}>{' SIZE=' + str(g.num(2000, 9000000)) if g.r.random() < 0.6 else ''}", "smtpd_received")
        if helo == "User" or g.r.random() < 0.12:
            D(f"SENT: 554 Rejected - Client host {ip} is listed on zen.spamhaus.org", "smtpd_sent_554_dnsbl")
            D("RECEIVED: QUIT", "smtpd_received")
            D("SENT: 221 goodbye", "smtpd_sent_221")
            plain("DEBUG", th, f"Ending session {sid}", "ending_session")
            return
        D("SENT: 250 OK", "smtpd_sent_250")
        rc = g.c(USERS) if g.r.random() < 0.9 else g.c(["admin", "webmaster", "m.schmidt", "sales"])
        D(f"RECEIVED: RCPT TO:<{rc}@{DOM}>", "smtpd_received")
        if rc not in USERS:
            D("SENT: 550 Unknown user", "smtpd_sent_550_unknown")
            D("RECEIVED: QUIT", "smtpd_received")
            D("SENT: 221 goodbye", "smtpd_sent_221")
            plain("DEBUG", th, f"Ending session {sid}", "ending_session")
            return
        D("SENT: 250 OK", "smtpd_sent_250")
        D("RECEIVED: DATA", "smtpd_received")
        D("SENT: 354 OK, send.", "smtpd_sent_354")
        L.t += dt.timedelta(milliseconds=g.num(100, 4000))
        st["msg"] += 1
        D(f"SENT: 250 Queued ({g.r.uniform(0.01, 0.9):.3f} seconds)", "smtpd_sent_250_queued")
        D("RECEIVED: QUIT", "smtpd_received")
        D("SENT: 221 goodbye", "smtpd_sent_221")
        plain("DEBUG", th, f"Ending session {sid}", "ending_session")
        dth = g.num(3000, 6000)
        plain("APPLICATION", dth, f"SMTPDeliverer - Message {st['msg']}: Delivering message from {frm} to {rc}@{DOM}. File: C:\\Program Files (x86)\\hMailServer\\Data\\{{{g.uuid().upper()}}}.eml",
              "delivering_message")
        plain("APPLICATION", dth, f"SMTPDeliverer - Message {st['msg']}: Message delivery thread completed.", "delivery_completed")

    def outbound():
        u = g.c(USERS)
        dom = g.c(sorted(MX))
        to = f"{g.c(['info', 'kontakt', 'm.vogt', 'rechnung', 'peter.k', 'disposition'])}@{dom}"
        st["msg"] += 1
        dth = g.num(3000, 6000)
        plain("APPLICATION", dth, f"SMTPDeliverer - Message {st['msg']}: Delivering message from {u}@{DOM} to {to}. File: C:\\Program Files (x86)\\hMailServer\\Data\\{{{g.uuid().upper()}}}.eml",
              "delivering_message")
        host, ip = MX[dom]
        plain("APPLICATION", dth, f"SMTPDeliverer - Message {st['msg']}: Relaying to host {host}.", "relaying_to_host")
        plain("TCPIP", dth, f"DNS - MX Lookup: {dom}", "dns_mx_lookup") if g.r.random() < 0.5 else None
        st["sess"] += 1
        sid = st["sess"]
        C = lambda text, ev: sess_line("SMTPC", dth, sid, ip, text, ev)
        C(f"RECEIVED: 220 {host} ESMTP {g.c(['ready', 'Postfix', 'Service ready'])}", "smtpc_received")
        C(f"SENT: EHLO {ME}", "smtpc_sent_ehlo")
        C(f"RECEIVED: 250-{host}[nl]250-SIZE 52428800[nl]250-8BITMIME[nl]250-STARTTLS[nl]250-ENHANCEDSTATUSCODES[nl]250 SMTPUTF8", "smtpc_received")
        C("SENT: STARTTLS", "smtpc_sent_starttls")
        C("RECEIVED: 220 2.0.0 Ready to start TLS", "smtpc_received")
        C(f"SENT: EHLO {ME}", "smtpc_sent_ehlo")
        C(f"RECEIVED: 250-{host}[nl]250-SIZE 52428800[nl]250 SMTPUTF8", "smtpc_received")
        C(f"SENT: MAIL FROM:<{u}@{DOM}>", "smtpc_sent_mail_from")
        C("RECEIVED: 250 2.1.0 OK", "smtpc_received")
        C(f"SENT: RCPT TO:<{to}>", "smtpc_sent_rcpt_to")
        if g.r.random() < 0.08:
            C(f"RECEIVED: 550 5.1.1 <{to}>: Recipient address rejected: User unknown in virtual mailbox table", "smtpc_received")
            C("SENT: QUIT", "smtpc_sent_quit")
            plain("APPLICATION", dth, f"SMTPDeliverer - Message {st['msg']}: Message could not be delivered. Returning error to sender.", "delivery_failed_returning")
            return
        C("RECEIVED: 250 2.1.5 OK", "smtpc_received")
        C("SENT: DATA", "smtpc_sent_data")
        C("RECEIVED: 354 End data with <CR><LF>.<CR><LF>", "smtpc_received")
        C("SENT: [nl].", "smtpc_sent_dot")
        if dom == "gmail.com":
            C(f"RECEIVED: 250 2.0.0 OK  {int(L.t.timestamp())} {g.alnum(20)}.{g.num(10, 999)} - gsmtp", "smtpc_received")
        elif dom in ("web.de", "t-online.de"):
            C(f"RECEIVED: 250 Requested mail action okay, completed: id={g.alnum(21)}", "smtpc_received")
        else:
            C(f"RECEIVED: 250 2.0.0 Ok: queued as {g.HX(10)}", "smtpc_received")
        C("SENT: QUIT", "smtpc_sent_quit")
        plain("APPLICATION", dth, f"SMTPDeliverer - Message {st['msg']}: Message delivery thread completed.", "delivery_completed")

    def bruteforce():
        ip = g.ip("pub")
        sid, th = new_sess(ip, 587)
        D = lambda text, ev: sess_line("SMTPD", th, sid, ip, text, ev)
        D(f"SENT: 220 {ME} ESMTP", "smtpd_sent_220_banner")
        D(f"RECEIVED: EHLO {g.c(['User', 'ylmf-pc', 'WIN-' + g.HX(11)])}", "smtpd_received")
        D(f"SENT: {ehlo_reply()}", "smtpd_sent_ehlo")
        for _ in range(g.num(1, 3)):
            D("RECEIVED: AUTH LOGIN", "smtpd_received")
            D("SENT: 334 VXNlcm5hbWU6", "smtpd_sent_334_user")
            D(f"RECEIVED: {g.c(['aW5mbw==', 'YWRtaW4=', 'dGVzdA==', 'aW5mb0BtdWVsbGVyLWJhdS5kZQ=='])}", "smtpd_received")
            D("SENT: 334 UGFzc3dvcmQ6", "smtpd_sent_334_pass")
            D("RECEIVED: ***", "smtpd_received")
            D("SENT: 535 Authentication failed. Restarting authentication process.", "smtpd_sent_535")
        if g.r.random() < 0.3:
            plain("DEBUG", th, f"IP {ip} added to auto-ban list for 60 minutes (5 failed logon attempts).", "autoban")
            D("SENT: 421 Too many invalid commands. Bye.", "smtpd_sent_421")
        plain("DEBUG", th, f"Ending session {sid}", "ending_session")

    def imap():
        u = g.c(USERS)
        ip = g.c(["192.168.10.", "192.168.11."]) + str(g.num(20, 200))
        sid, th = new_sess(ip, 143)
        I = lambda text, ev: sess_line("IMAPD", th, sid, ip, text, ev)
        I("SENT: * OK IMAPrev1", "imapd_sent_ok_banner")
        I("RECEIVED: A001 CAPABILITY", "imapd_received")
        I("SENT: * CAPABILITY IMAP4 IMAP4rev1 CHILDREN IDLE QUOTA SORT ACL NAMESPACE RIGHTS=texk STARTTLS[nl]A001 OK CAPABILITY completed", "imapd_sent_capability")
        I(f"RECEIVED: A002 LOGIN \"{u}@{DOM}\" ***", "imapd_received")
        if g.r.random() < 0.04:
            I("SENT: A002 NO Invalid user name or password.", "imapd_sent_login_failed")
            plain("DEBUG", th, f"Ending session {sid}", "ending_session")
            return
        I("SENT: A002 OK LOGIN completed", "imapd_sent_login_ok")
        I("RECEIVED: A003 SELECT \"INBOX\"", "imapd_received")
        n = g.num(20, 9000)
        I(f"SENT: * {n} EXISTS[nl]* 0 RECENT[nl]* FLAGS (\\Deleted \\Seen \\Draft \\Answered \\Flagged)[nl]* OK [UIDVALIDITY {g.num(1500000000, 1700000000)}] current uidvalidity[nl]"
          f"* OK [UIDNEXT {n + g.num(100, 9000)}] next uid[nl]A003 OK [READ-WRITE] SELECT completed", "imapd_sent_select")
        I("RECEIVED: A004 IDLE", "imapd_received")
        I("SENT: + idling", "imapd_sent_idling")
        L.tick(300)
        I("RECEIVED: DONE", "imapd_received")
        I("SENT: A004 OK IDLE terminated", "imapd_sent_idle_done")
        I("RECEIVED: A005 LOGOUT", "imapd_received")
        I("SENT: * BYE Have a nice day[nl]A005 OK LOGOUT completed", "imapd_sent_logout")
        plain("DEBUG", th, f"Ending session {sid}", "ending_session")

    ev = [(30, inbound), (18, outbound), (10, bruteforce), (20, imap)]
    return L.run(slowed(L, ev, 90), None)


# 19 --------------------------------------------------------------- Cacti 1.2.28 with spine (Ubuntu 24.04, German date format chosen in the settings) of a municipal utility's network team,
#   /var/log/cacti/cacti.log: "01.12.2026 10:05:04 - SYSTEM STATS: Time:12.3456 Method:spine ..." (day first, dots), the environment (SYSTEM, POLLER, SPINE, CMDPHP,
#   AUTH, BOOST, THOLD, WEBUI) then its message; the poller's statistics every five minutes, devices going down and coming back, SNMP timeouts, partial results,
#   the output table not emptied in time, boost and DS stats runs, thresholds alerting by mail, logins
@checked
def log_cacti(seed):
    L = Log("cacti_log", seed, "full", False, True)
    g = L.g
    DEVS = [(k, f"{g.c(['sw', 'rtr', 'ups', 'fw', 'ap', 'srv'])}-{g.c(['zentrale', 'wasserwerk', 'umspannwerk', 'klaeranlage', 'bauhof', 'rathaus'])}-{g.num(1, 9)}",
             f"10.{g.c([10, 20, 30])}.{g.num(0, 15)}.{g.num(2, 250)}") for k in range(3, 90)]
    st = {"down": set(), "pid": g.num(100000, 900000), "last_hourly": L.t}

    def ca(env, msg, ev):
        step(L, 300)
        L.emit(f"{L.t:%d.%m.%Y %H:%M:%S} - {env}: {msg}" if env else f"{L.t:%d.%m.%Y %H:%M:%S} - {msg}", ev, None, (env or msg).split()[0].rstrip(":") + "|" + (env or msg.split(":")[0]))

    def cycle():
        L.t = L.t.replace(second=0, microsecond=0) + dt.timedelta(minutes=5 - L.t.minute % 5)
        st["pid"] += g.num(50, 400)
        pid = st["pid"]
        for k, name, ip in g.r.sample(DEVS, g.c([0, 0, 0, 1, 1, 2, 3])):
            r = g.r.random()
            if r < 0.4:
                ca("SPINE", f"Poller[1] PID[{pid + 1}] PT[1402{g.num(10000000, 99999999)}] WARNING: SNMP timeout detected [500 ms], ignoring host '{ip}'", "spine_snmp_timeout")
            elif r < 0.7:
                ca("CMDPHP", f"Poller[1] PID[{pid}] Device[{k}] DS[{g.num(100, 3000)}] TT[{g.f(0.5, 30, 2)}] WARNING: Result from SNMP not valid.  Partial Result: U", "cmdphp_partial_result")
            else:
                ca("SPINE", f"Poller[1] PID[{pid + 1}] PT[1402{g.num(10000000, 99999999)}] Device[{k}] HT[1] DS[{g.num(100, 3000)}] WARNING: SNMP timeout detected [500 ms], ignoring host '{ip}'",
                   "spine_ds_snmp_timeout")
        if g.r.random() < 0.08:
            k, name, ip = g.c(DEVS)
            if k in st["down"]:
                st["down"].discard(k)
                ca("SPINE", f"Poller[1] PID[{pid + 1}] PT[1402{g.num(10000000, 99999999)}] Device[{name}] Hostname[{ip}] NOTICE: HOST EVENT: Device Returned FROM DOWN State", "host_returned")
            else:
                st["down"].add(k)
                ca("SPINE", f"Poller[1] PID[{pid + 1}] PT[1402{g.num(10000000, 99999999)}] Device[{name}] Hostname[{ip}] ERROR: HOST EVENT: Device is DOWN Message: Device did not respond to SNMP",
                   "host_down")
        if g.r.random() < 0.04:
            ids = ", ".join(str(g.num(100, 3000)) for _ in range(g.num(1, 5)))
            ca("POLLER", f"Poller[Main Poller] PID[{pid}] WARNING: Poller Output Table not Empty.  Issues: {len(ids.split(','))}, DS[{ids}]", "output_table_not_empty")
        if g.r.random() < 0.01:
            ca("POLLER", f"Poller[Main Poller] PID[{pid}] ERROR: Maximum runtime of 298 seconds exceeded. Exiting.", "max_runtime_exceeded")
        L.t += dt.timedelta(seconds=g.num(2, 4), milliseconds=g.num(0, 999))
        hosts = len(DEVS)
        ca("SYSTEM STATS", f"Time:{g.f(8, 40, 4)} Method:spine Processes:1 Threads:15 Hosts:{hosts} HostsPerProcess:{hosts} DataSources:{g.num(4900, 5100)} RRDsProcessed:{g.num(2000, 2300)}",
           "system_stats")
        if g.r.random() < 0.6:
            ca("SYSTEM THOLD STATS", f"Time:{g.f(0.05, 0.9, 4)} Tholds:{g.num(20, 30)} TotalDevices:{hosts} DownDevices:{len(st['down'])} NewDownDevices:{g.c([0, 0, 0, 1])}", "thold_stats")
        if L.t.minute == 0:
            ca("SYSTEM DSSTATS STATS", f"Time:{g.f(0.05, 2, 2)} Type:HOURLY", "dsstats_stats")
            ca("SYSTEM BOOST STATS", f"Time:{g.f(5, 90, 2)} RRDUpdates:{g.num(20000, 30000)}", "boost_stats")
        if L.t.hour == 0 and L.t.minute == 0:
            ca("SYSTEM DSSTATS STATS", f"Time:{g.f(1, 20, 2)} Type:DAILY", "dsstats_stats")

    def thold():
        k, name, ip = g.c(DEVS)
        what = g.c([("Traffic - Gi0/1 - In", "bps"), ("CPU Usage", "%"), ("UPS Battery Capacity", "%"), ("Temperature Inlet", "°C")])
        ca("THOLD", f"Threshold[{g.num(1, 40)}] '{name} - {what[0]}' went above threshold of {g.num(70, 95)} with {g.num(80, 99)}{what[1]} at trigger 1 out of 1", "thold_above")
        ca("MAILER INFO", f"Mail sent To: netz@stadtwerke-musterstadt.de, From: Cacti <cacti@stadtwerke-musterstadt.de>, Subject: ALERT: {name} - {what[0]}", "mailer_sent")

    def login():
        u = g.c(["admin", "netzwerk", "tkrause", "leitstelle"])
        ip = f"10.10.1.{g.num(10, 90)}"
        if g.r.random() < 0.85:
            ca("AUTH LOGIN", f"User '{u}' authenticated via Local Login from IP Address '{ip}'", "auth_login")
        else:
            ca("AUTH LOGIN FAILED", f"Local Login Failed for user '{u}' from IP Address '{ip}'.", "auth_login_failed")

    def webui():
        ca("WEBUI NOTE", f"Cacti DS Stats purge completed: {g.num(0, 900)} rows", "webui_note") if g.r.random() < 0.4 else \
            ca("CMDPHP", f"PHP WARNING: Undefined array key \"{g.c(['snmp_sysUpTimeInstance', 'graph_template_id'])}\" in file: /usr/share/cacti/site/lib/{g.c(['api_device.php', 'html_graph.php'])}  on line: {g.num(100, 2000)}",
               "php_warning")

    ev = [(70, cycle), (2, thold), (3, login), (1.5, webui)]
    return L.run(ev, None)


# 20 --------------------------------------------------------------- Fluentd 1.17 (fluent-package 5.1, the former td-agent) on a log aggregator of a media company (TZ Europe/Berlin), /var/log/fluent/fluentd.log:
#   "2026-12-01 11:00:00 +0100 [warn]: #0 message key="value" ...": the local time with its offset, the level in brackets, the worker "#0" (the supervisor's lines have none),
#   the plugin id in brackets where the plugin has one; the start-up with the whole configuration dumped on the lines after "using configuration file", in_tail
#   following and rotating files, lines that do not match the parser, the Elasticsearch output failing to flush with its backtrace (each frame a line of its own with the
#   same header, indented) and then "suppressed same stacktrace", retries succeeding, slow flushes, records Elasticsearch rejects, a buffer overflowing, a reload
@checked
def log_fluentd(seed):
    L = Log("fluentd_log", seed, "full", True, True)
    g = L.g
    OFF = dt.timedelta(hours=1)
    FILES = [("in_tail_nginx", "/var/log/nginx/access.log", "nginx.access"), ("in_tail_app", "/var/log/cms/app.log", "app.cms"), ("in_tail_player", "/var/log/player/events.log", "app.player")]
    st = {"fail": 0, "pid": g.num(1000, 3000), "traced": False}

    def fl(lv, msg, ev, worker=True, pid_=None, indent=False):
        step(L, 300)
        lt = L.t + OFF
        L.emit(f"{'  ' if indent else ''}{lt:%Y-%m-%d %H:%M:%S} +0100 [{lv}]: {'#0 ' if worker else ''}{'[' + pid_ + '] ' if pid_ else ''}{msg}", ev, lv, pid_)

    def startup():
        fl("info", "init supervisor logger path=\"/var/log/fluent/fluentd.log\" rotate_age=nil rotate_size=nil", "init_supervisor_logger", worker=False)
        fl("info", "parsing config file is succeeded path=\"/etc/fluent/fluentd.conf\"", "config_parsed", worker=False)
        for gem, v in [("fluentd", "1.17.1"), ("fluent-plugin-elasticsearch", "5.4.3"), ("fluent-plugin-prometheus", "2.1.0"), ("fluent-plugin-record-modifier", "2.2.0"),
                       ("fluent-plugin-rewrite-tag-filter", "2.4.0"), ("fluent-plugin-s3", "1.7.2")]:
            fl("info", f"gem '{gem}' version '{v}'", "gem_version", worker=False)
        conf = ["<ROOT>", "  <system>", "    log_level info", "  </system>"]
        for pid_, path, tag in FILES:
            conf += ["  <source>", "    @type tail", f"    @id {pid_}", f"    path \"{path}\"", f"    pos_file \"/var/log/fluent/{pid_}.pos\"", f"    tag \"{tag}\"",
                     "    <parse>", "      @type \"json\"" if tag.startswith("app") else "      @type \"nginx\"", "    </parse>", "  </source>"]
        conf += ["  <match **>", "    @type elasticsearch", "    @id out_es", "    host \"es-logs.media.internal\"", "    port 9200", "    scheme https", "    user \"fluentd\"", "    password xxxxxx",
                 "    logstash_format true", "    slow_flush_log_threshold 20.0", "    <buffer>", "      @type \"file\"", "      path \"/var/lib/fluent/buffer/es\"", "      flush_interval 5s",
                 "      total_limit_size 4GB", "      retry_max_interval 60", "    </buffer>", "  </match>", "</ROOT>"]
        cont = []
        for c in conf:
            s = c.strip()
            cont.append((c, "conf_close_tag" if s.startswith("</") else "conf_open_tag" if s.startswith("<") else "conf_param"))
        fl("info", "using configuration file: " + cont[0][0], "using_configuration", worker=False)
        for text, ev in cont[1:]:
            L.emit(text, ev, "info")
        st["pid"] = g.num(1000, 30000)
        fl("info", f"starting fluentd-1.17.1 pid={st['pid']} ruby=\"3.2.4\"", "starting_fluentd", worker=False)
        fl("info", f"spawn command to main:  cmdline=[\"/opt/fluent/bin/ruby\", \"-Eascii-8bit:ascii-8bit\", \"/opt/fluent/bin/fluentd\", \"--log\", \"/var/log/fluent/fluentd.log\", "
                   f"\"--daemon\", \"/var/run/fluent/fluentd.pid\", \"--under-supervisor\"]", "spawn_command", worker=False)
        fl("info", "init worker0 logger path=\"/var/log/fluent/fluentd.log\" rotate_age=nil rotate_size=nil", "init_worker_logger")
        fl("info", "adding match pattern=\"**\" type=\"elasticsearch\"", "adding_match", worker=False)
        for pid_, path, tag in FILES:
            fl("info", "adding source type=\"tail\"", "adding_source", worker=False)
        fl("info", f"starting fluentd worker pid={st['pid'] + g.num(3, 9)} ppid={st['pid']} worker=0", "starting_worker")
        for pid_, path, tag in FILES:
            fl("info", f"following tail of {path}", "following_tail", pid_=pid_)
        fl("info", "fluentd worker is now running worker=0", "worker_running")

    def backtrace():
        frames = ["/opt/fluent/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:1148:in `rescue in send_bulk'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:1110:in `send_bulk'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:886:in `block in write'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:885:in `each'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:885:in `write'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/output.rb:1225:in `try_flush'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/output.rb:1538:in `flush_thread_run'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/output.rb:510:in `block (2 levels) in start'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin_helper/thread.rb:78:in `block in thread_create'"]
        if st["traced"]:
            fl("warn", "suppressed same stacktrace", "suppressed_stacktrace", pid_="out_es", indent=True)
            return
        st["traced"] = True
        for f in frames:
            L.emit(f"  {(L.t + OFF):%Y-%m-%d %H:%M:%S} +0100 [warn]: #0 [out_es] {f}", "backtrace_frame", "warn", "out_es")

    def flush_fail():
        chunk = g.hx(32)
        st["fail"] += 1
        nxt = L.t + OFF + dt.timedelta(seconds=min(60, 2 ** st["fail"]))
        err = g.c(["could not push logs to Elasticsearch cluster ({:host=>\\\"es-logs.media.internal\\\", :port=>9200, :scheme=>\\\"https\\\", :user=>\\\"fluentd\\\", :password=>\\\"obfuscated\\\"}): read timeout reached",
                   "could not push logs to Elasticsearch cluster ({:host=>\\\"es-logs.media.internal\\\", :port=>9200, :scheme=>\\\"https\\\", :user=>\\\"fluentd\\\", :password=>\\\"obfuscated\\\"}): Connection refused - connect(2) for 10.20.4.15:9200 (Errno::ECONNREFUSED)"])
        fl("warn", f"failed to flush the buffer. retry_times={st['fail'] - 1} next_retry_time={nxt:%Y-%m-%d %H:%M:%S} +0100 chunk=\"{chunk}\" "
                   f"error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error=\"{err}\"", "failed_to_flush", pid_="out_es")
        backtrace()

    def recovered():
        if not st["fail"]:
            return tail_event()
        st["fail"] = 0
        st["traced"] = False
        fl("warn", f"retry succeeded. chunk_id=\"{g.hx(32)}\"", "retry_succeeded", pid_="out_es")

    def tail_event():
        pid_, path, tag = g.c(FILES)
        r = g.r.random()
        if r < 0.5:
            bad = g.c(['- - - [01/Dec/2026:11:00:00 +0100] \\"\\\\x16\\\\x03\\\\x01\\\\x00\\" 400 157 \\"-\\" \\"-\\"', "Traceback (most recent call last):",
                       '  File \\"/srv/cms/app/views.py\\", line 212, in render', "KeyError: 'teaser'"])
            fl("warn", f"pattern not matched: \"{bad}\"", "pattern_not_matched", pid_=pid_)
        elif r < 0.8:
            fl("info", f"detected rotation of {path}; waiting 5 seconds", "detected_rotation", pid_=pid_)
            L.t += dt.timedelta(seconds=5)
            fl("info", f"following tail of {path}", "following_tail", pid_=pid_)
        else:
            fl("warn", f"{path} unreadable. It is excluded and would be examined next time.", "unreadable", pid_=pid_)

    def slow():
        fl("warn", f"buffer flush took longer time than slow_flush_log_threshold: elapsed_time={g.r.uniform(20, 90):.9f} slow_flush_log_threshold=20.0 plugin_id=\"out_es\"", "slow_flush", pid_="out_es")

    def rejected():
        tag = g.c(["app.cms", "app.player", "nginx.access"])
        lt = L.t + OFF
        fl("warn", f"dump an error event: error_class=Fluent::Plugin::ElasticsearchErrorHandler::ElasticsearchError error=\"400 - Rejected by Elasticsearch [error type]: mapper_parsing_exception "
                   f"[reason]: 'failed to parse field [{g.c(['status', 'duration_ms', 'user.id'])}] of type [long] in document with id '{g.alnum(20)}'. Preview of field's value: '{g.c(['-', 'n/a', 'anonymous'])}''\" "
                   f"location=nil tag=\"{tag}\" time={lt:%Y-%m-%d %H:%M:%S}.{us6(lt)}{g.num(100, 999)} +0100 record={{\"level\"=>\"info\", \"msg\"=>\"{g.c(['request done', 'play', 'cache miss'])}\", "
                   f"\"{g.c(['status', 'duration_ms', 'user.id'])}\"=>\"{g.c(['-', 'n/a', 'anonymous'])}\"}}", "dump_error_event", pid_="out_es")

    def overflow():
        fl("warn", f"emit transaction failed: error_class=Fluent::Plugin::Buffer::BufferOverflowError error=\"buffer space has too many data\" "
                   f"location=\"/opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/buffer.rb:330:in `write'\" tag=\"{g.c(['app.cms', 'app.player', 'nginx.access'])}\"",
           "emit_transaction_failed")
        for f in ["/opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/buffer.rb:330:in `write'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/output.rb:1095:in `block in handle_stream_simple'",
                  "/opt/fluent/lib/ruby/gems/3.2.0/gems/fluentd-1.17.1/lib/fluent/plugin/output.rb:977:in `write_guard'"]:
            L.emit(f"  {(L.t + OFF):%Y-%m-%d %H:%M:%S} +0100 [warn]: #0 {f}", "backtrace_frame", "warn")

    def reload():
        fl("info", "Reloading new config", "reloading_config", worker=False)
        fl("info", "fluentd worker is now stopping worker=0", "worker_stopping")
        fl("info", "shutting down fluentd worker worker=0", "worker_shutting_down")
        for pid_, path, tag in FILES:
            fl("info", "shutting down input plugin type=:tail plugin_id=\"" + pid_ + "\"", "shutting_down_input")
        fl("info", "shutting down output plugin type=:elasticsearch plugin_id=\"out_es\"", "shutting_down_output")
        fl("info", "Worker 0 finished with status 0", "worker_finished", worker=False)
        L.t += dt.timedelta(seconds=g.num(2, 10))
        startup()

    startup()
    ev = [(22, flush_fail), (10, recovered), (26, tail_event), (8, slow), (10, rejected), (1, overflow), (0.15, reload)]
    return L.run(slowed(L, ev, 60), None)


LOGS = [log_wlc, log_drupal, log_linkerd, log_isp, log_greenplum, log_hivemq, log_krakend, log_concourse, log_irssi, log_anaconda,
        log_fivem, log_iotedge, log_gurobi, log_crowdsec, log_jamf, log_eb, log_jira, log_hmail, log_cacti, log_fluentd]


if __name__ == "__main__":
    main(LOGS, WORK)
