#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the second round, 22 logs,
written 2026-12-04.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

usage: unseen_logs_round2.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round2)
"""
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round2")
from unseen_logs_harness import G, Log, main, N_LINES, UTC, T0, syslog_ts  # noqa: E402



def log_haproxy(seed):
    L = Log("haproxy_syslog", seed, "noyear", False, True)
    g = L.g
    pid = 2817
    apps = ["shop", "api", "auth", "static"]

    def H(msg):
        return f"{syslog_ts(L.t)} lb-01 haproxy[{pid}]: {msg}"

    def e(ev, msgf):
        return lambda: L.emit(H(msgf()), ev, None, "haproxy")

    def http():
        t = L.t
        app = g.c(apps)
        path = g.c([f"/api/v2/orders/{g.num(1, 99999)}?expand=items&page={g.num(1, 9)}", f"/static/js/app.{g.hx(8)}.js",
                    f"/search?q={g.c(['shoes', 'red+dress', 'usb-c'])}&sort=price", "/", f"/login?next=%2Faccount%2F{g.num(1, 999)}"])
        tr = g.num(1, 900)
        L.emit(H(f"{g.ip('pub')}:{g.port()} [{t:%d/%b/%Y:%H:%M:%S}.{t.microsecond // 1000:03d}] fe_https~ be_{app}/srv{g.num(1, 4)} "
                 f"0/0/{g.num(0, 3)}/{tr}/{tr + g.num(0, 5)} {g.c([200, 200, 200, 304, 404, 500, 503])} {g.num(120, 90000)} - - "
                 f"{g.c(['----', '----', '----', 'CD--', 'SD--', 'cD--'])} {g.num(1, 300)}/{g.num(1, 300)}/{g.num(0, 40)}/{g.num(0, 20)}/0 0/0 "
                 f"\"{g.c(['GET', 'GET', 'POST', 'PUT'])} {path} HTTP/{g.c(['1.1', '2.0'])}\""), "http", None, "haproxy")

    def tcp():
        t = L.t
        L.emit(H(f"{g.ip()}:{g.port()} [{t:%d/%b/%Y:%H:%M:%S}.{t.microsecond // 1000:03d}] fe_pg be_pg/pg{g.num(1, 3)} 1/0/{g.num(10, 900000)} "
                 f"{g.num(100, 9000000)} {g.c(['--', '--', 'cD', 'sD'])} {g.num(1, 60)}/{g.num(1, 60)}/{g.num(0, 30)}/{g.num(0, 10)}/0 0/0"), "tcp", None, "haproxy")
    ev = [
        (60, http), (12, tcp),
        (1, e("down", lambda: f"Server be_{g.c(apps)}/srv{g.num(1, 4)} is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: {g.num(0, 9)}ms. {g.num(0, 3)} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")),
        (1, e("up", lambda: f"Server be_{g.c(apps)}/srv{g.num(1, 4)} is UP, reason: Layer7 check passed, code: 200, check duration: {g.num(1, 30)}ms. {g.num(1, 4)} active and 0 backup servers online. 0 sessions requeued, 0 total in queue.")),
        (2, e("hc_fail", lambda: f"Health check for server be_{g.c(apps)}/srv{g.num(1, 4)} failed, reason: Layer7 wrong status, code: {g.c([500, 503, 502])}, info: \"{g.c(['Service Unavailable', 'Internal Server Error', 'Bad Gateway'])}\", check duration: {g.num(1, 90)}ms, status: {g.num(0, 2)}/3 {g.c(['DOWN', 'UP'])}.")),
        (0.5, e("no_server", lambda: f"backend be_{g.c(apps)} has no server available!")),
        (0.3, e("started", lambda: f"Proxy {g.c(['fe_https', 'fe_pg', 'be_shop', 'stats'])} started.")),
    ]
    return L.run(ev, None)


def log_squid(seed):
    L = Log("squid_cache", seed, "full", False, False)
    g = L.g
    master = [100]

    def H(msg):
        t = L.t
        return f"{t:%Y/%m/%d %H:%M:%S} kid1| {msg}"

    def with_master(ev, msgf):
        def f():
            L.emit(H(msgf()), ev)
            master[0] += g.num(1, 40)
            L.emit(f"    current master transaction: master{master[0]}", "master")
        return f

    def one(ev, msgf):
        return lambda: L.emit(H(msgf()), ev)

    def clean():
        L.emit(H("storeDirWriteCleanLogs: Starting..."), "clean_start")
        n = g.num(1000, 900000)
        L.emit(H(f"  Finished.  Wrote {n} entries."), "clean_finish")
        L.emit(H(f"  Took {g.f(0.01, 3, 2)} seconds ({g.f(10000, 900000, 2)} entries/sec)."), "clean_took")
    host = lambda: g.c(["cdn", "img", "api", "static", "www"]) + "." + g.c(["example.com", "shop.example.net", "acme.io"])
    ev = [
        (25, with_master("tls_err", lambda: f"ERROR: failure while accepting a TLS connection on conn{g.num(1000, 999999)} local={g.c([g.ip(), '[' + g.ip6() + ']'])}:3128 remote={g.c([g.ip(), '[' + g.ip6() + ']'])}:{g.port()} FD {g.num(10, 900)} flags=1: SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000{g.c(['417', '418', '412'])}+TLS_IO_ERR=1")),
        (15, one("ipcache", lambda: f"ipcacheParse: No Address records in response to '{host()}'")),
        (8, with_master("lifetime", lambda: "WARNING: Closing client connection due to lifetime timeout")),
        (10, one("fqdn", lambda: f"fqdncacheParse: No PTR record for '{g.ip('pub')}'")),
        (1.5, clean),
        (1, one("late_release", lambda: f"storeLateRelease: released {g.num(0, 900)} objects")),
        (0.4, one("reconfig", lambda: "Reconfiguring Squid Cache (version 6.6)...")),
    ]
    return L.run(ev, None)


def log_istio(seed):
    L = Log("istio_proxy", seed, "full", True, True)
    g = L.g
    pods = [f"{a}-{g.hx(9)}-{g.alnum(5)}" for a in ["reviews", "ratings", "cart", "checkout"] for _ in range(3)]

    def app(ev, lv, comp, msgf, caller=None):
        def f():
            t = L.t
            c = comp + (" " + caller if caller else "")
            L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z\t{lv}\t{c}\t{msgf()}", ev, lv, comp)
        return f

    def access():
        t = L.t
        inbound = g.r.random() < 0.6
        svc = g.c(["reviews", "ratings", "cart", "checkout"])
        code = g.c([200, 200, 200, 201, 404, 503])
        cluster = f"inbound|8080||" if inbound else f"outbound|9080||{svc}.shop.svc.cluster.local"
        L.emit(f"[{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z] \"{g.c(['GET', 'GET', 'POST'])} /api/v1/{svc}/{g.num(1, 9999)}?lang={g.c(['en', 'de'])} HTTP/1.1\" {code} "
               f"{'-' if code < 500 else 'UF'} {'via_upstream' if code < 500 else 'upstream_reset_before_response_started{connection_failure}'} - \"-\" {g.num(0, 900)} {g.num(0, 90000)} {g.num(1, 900)} {g.num(1, 900)} "
               f"\"-\" \"{g.c(['curl/8.4.0', 'Go-http-client/1.1', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0'])}\" \"{g.uuid()}\" \"{svc}:9080\" \"{g.ip()}:9080\" "
               f"{cluster} {g.ip()}:{g.port()} {g.ip()}:9080 {g.ip()}:{g.port()} {'-' if inbound else svc + '.shop.svc.cluster.local:9080'} default", "access")
    node = lambda: f"sidecar~{g.ip()}~{g.c(pods)}.shop~shop.svc.cluster.local-{g.num(1, 99)}"
    ev = [
        (55, access),
        (5, app("ads_new", "info", "ads", lambda: f"ADS: new connection for node:{node()}")),
        (8, app("ads_push", "info", "ads", lambda: f"{g.c(['CDS', 'EDS', 'LDS', 'RDS'])}: PUSH request for node:{g.c(pods)}.shop resources:{g.num(1, 90)} size:{g.f(0.1, 90, 1)}kB")),
        (4, app("cert", "info", "cache", lambda: f"generated new workload certificate\tlatency={g.f(20, 400, 6)}ms ttl=23h59m{g.num(10, 59)}.{g.num(100000000, 999999999)}s")),
        (3, app("grpc_closed", "warning", "envoy config", lambda: f"StreamAggregatedResources gRPC config stream to xds-grpc closed since {g.num(30, 9000)}s ago: 14, connection error: desc = \"transport: Error while dialing: dial tcp {g.ip()}:15012: connect: connection refused\"\tthread={g.num(10, 30)}", "external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:193")),
        (2, app("cds", "info", "envoy upstream", lambda: f"cds: add {g.num(1, 90)} cluster(s), remove {g.num(0, 9)} cluster(s)\tthread={g.num(10, 30)}", "external/envoy/source/common/upstream/cds_api_helper.cc:32")),
        (1, app("xds_err", "error", "xdsproxy", lambda: f"upstream [{g.num(1, 99)}] terminated with unexpected error rpc error: code = Unavailable desc = error reading from server: EOF")),
    ]
    return L.run(ev, None)


def log_traefik(seed):
    L = Log("traefik_zerolog", seed, "full", True, False)
    g = L.g

    def e(ev, lv, msgf):
        def f():
            t = L.t
            L.emit(f"{t:%Y-%m-%dT%H:%M:%S}Z {lv} {msgf()}", ev, lv)
        return f
    dom = lambda: f"{g.c(['api', 'www', 'shop', 'grafana', 'auth'])}.{g.c(['example.com', 'acme.io'])}"
    codes = [(502, "Bad Gateway"), (500, "Internal Server Error"), (504, "Gateway Timeout")]

    def bad():
        c, txt = g.c(codes)
        return f"{c} {txt} error=\"dial tcp {g.ip()}:{g.c([8080, 3000, 9000])}: connect: connection refused\""
    ev = [
        (25, e("mw", "DBG", lambda: f"Creating middleware entryPointName={g.c(['web', 'websecure'])} middlewareName={g.c(['auth', 'ratelimit', 'compress'])}@{g.c(['file', 'docker'])} middlewareType={g.c(['BasicAuth', 'RateLimit', 'Compress'])} routerName={g.c(['api', 'shop', 'grafana'])}@docker")),
        (15, e("cert", "DBG", lambda: f"Adding certificate for domain(s) {dom()},{dom()}")),
        (15, e("serve_default", "DBG", lambda: f"Serving default certificate for request: \"{dom()}\"")),
        (10, e("badgw", "DBG", bad)),
        (5, e("noport", "ERR", lambda: f"error=\"service \\\"app-{g.num(1, 60)}\\\" error: port is missing\" container=app-{g.num(1, 60)}-{g.hx(12)} providerName=docker")),
        (2, e("newrel", "WRN", lambda: f"A new release of Traefik has been found: 3.{g.num(1, 3)}.{g.num(0, 9)}. Please update.")),
        (3, e("acme", "INF", lambda: f"Updated ACME certificate domains=[\"{dom()}\"] providerName=letsencrypt.acme ACME CA=https://acme-v02.api.letsencrypt.org/directory")),
        (0.5, e("version", "INF", lambda: f"Traefik version 3.{g.num(0, 2)}.{g.num(0, 9)} built on 2026-{g.num(1, 11):02d}-{g.num(1, 28):02d}T{g.num(0, 23):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d}Z version=3.{g.num(0, 2)}.{g.num(0, 9)}")),
    ]
    return L.run(ev, None)


def log_coredns(seed):
    L = Log("coredns", seed, None, True, False)
    g = L.g
    names = ["kubernetes.default.svc.cluster.local", "api.example.com", "db.payments.svc.cluster.local", "grafana.monitoring.svc.cluster.local", "registry-1.docker.io", "www.google.com"]

    def q():
        ip = g.ip() if g.r.random() < 0.8 else "[" + g.ip6() + "]"
        L.emit(f"[INFO] {ip}:{g.port()} - {g.num(1, 65535)} \"{g.c(['A', 'A', 'AAAA', 'SRV', 'PTR'])} IN {g.c(names)}. {g.c(['udp', 'udp', 'tcp'])} {g.num(30, 90)} {g.c(['false', 'true'])} {g.c([512, 1232, 4096])}\" "
               f"{g.c(['NOERROR', 'NOERROR', 'NXDOMAIN'])} {g.c(['qr,aa,rd', 'qr,rd,ra', 'qr,aa,rd,ra'])} {g.num(40, 900)} {g.f(0.00002, 0.2, 9)}s", "query", "INFO")

    def reload():
        L.emit("[INFO] Reloading", "reloading", "INFO")
        L.emit(f"[INFO] plugin/reload: Running configuration SHA512 = {g.hx(128)}", "sha", "INFO")
        L.emit("[INFO] Reloading complete", "reload_done", "INFO")
    ev = [
        (60, q), (1, reload),
        (5, lambda: L.emit(f"[ERROR] plugin/errors: 2 {g.c(names)}. {g.c(['A', 'AAAA'])}: read udp {g.ip()}:{g.port()}->{g.c(['8.8.8.8', '1.1.1.1'])}:53: i/o timeout", "err_timeout", "ERROR")),
        (2, lambda: L.emit(f"[WARNING] plugin/kubernetes: Kubernetes API connection failure: Get \"https://10.96.0.1:443/version\": dial tcp 10.96.0.1:443: i/o timeout", "k8s_fail", "WARNING")),
        (0.5, lambda: L.emit("[INFO] plugin/ready: Still waiting on: \"kubernetes\"", "ready", "INFO")),
        (0.6, lambda: L.emit(f"[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: {g.f(1, 9, 9)}s", "health", "WARNING")),
    ]
    return L.run(ev, None)


def log_ansible(seed):
    L = Log("ansible_play", seed, None, False, False)
    g = L.g
    tasks = ["Gathering Facts", "common : Install base packages", "common : Configure timezone", "nginx : Install nginx",
             "nginx : Template nginx.conf", "nginx : Ensure nginx is running", "app : Create app user", "app : Deploy release archive",
             "app : Run database migrations", "monitoring : Install node_exporter", "firewall : Allow HTTP and HTTPS"]
    pkgs = ["nginx", "curl", "git", "htop", "python3-pip", "chrony", "unzip"]

    def stars(s):
        return s + " " + "*" * max(3, 79 - len(s))
    while len(L.rows) < N_LINES:
        hosts = g.r.sample([f"web-{i:02d}" for i in range(1, 13)] + [f"db-{i:02d}" for i in range(1, 4)], g.num(3, 6))
        L.emit(stars(f"PLAY [{g.c(['webservers', 'dbservers', 'all', 'k8s_nodes'])}]"), "play")
        stats = {h: Counter() for h in hosts}
        for task in g.r.sample(tasks, g.num(5, 10)):
            L.emit(stars(f"TASK [{task}]"), "task")
            for h in hosts:
                x = g.r.random()
                if x < 0.55:
                    L.emit(f"ok: [{h}]", "ok"); stats[h]["ok"] += 1
                elif x < 0.75:
                    L.emit(f"changed: [{h}]", "changed"); stats[h]["changed"] += 1
                elif x < 0.87:
                    L.emit(f"changed: [{h}] => (item={g.c(pkgs)})", "changed_item"); stats[h]["changed"] += 1
                elif x < 0.975:
                    L.emit(f"skipping: [{h}]", "skipping"); stats[h]["skipped"] += 1
                else:
                    L.emit(f"fatal: [{h}]: FAILED! => {{\"changed\": false, \"msg\": \"No package matching '{g.c(pkgs)}-{g.c(['extras', 'dev', 'full'])}' is available\"}}", "fatal"); stats[h]["failed"] += 1
        L.emit(stars("PLAY RECAP"), "recap")
        for h in hosts:
            s = stats[h]
            L.emit(f"{h:<26} : ok={s['ok']:<4} changed={s['changed']:<4} unreachable=0    failed={s['failed']:<4} skipped={s['skipped']:<4} rescued=0    ignored=0   ", "recap_host")
    del L.rows[N_LINES:]
    return L


def log_npm(seed):
    L = Log("npm_verbose", seed, None, True, False)
    g = L.g
    pk = ["lodash", "react", "react-dom", "@babel/core", "@types/node", "esbuild", "typescript", "express", "debug", "semver", "chalk", "@acme/ui-kit"]
    ver = lambda: f"{g.num(0, 18)}.{g.num(0, 30)}.{g.num(0, 20)}"

    def e(ev, lv, msgf):
        return lambda: L.emit(f"npm {lv} {msgf()}", ev, lv)
    ev = [
        (40, e("fetch", "http", lambda: f"fetch GET {g.c([200, 200, 304])} https://registry.npmjs.org/{g.c(pk).replace('/', '%2f')} {g.num(3, 900)}ms (cache {g.c(['hit', 'revalidated', 'miss'])})")),
        (20, e("placedep", "sill", lambda: f"placeDep ROOT {g.c(pk)}@{ver()} OK for: my-app@1.0.0 want: ^{ver()}")),
        (15, e("timing", "timing", lambda: f"{g.c(['reify:loadTrees', 'idealTree:buildDeps', 'reify:unpack', 'build:link', 'reifyNode:node_modules/esbuild'])} Completed in {g.num(1, 9000)}ms")),
        (4, e("deprecated", "WARN", lambda: f"deprecated {g.c(['inflight', 'glob', 'rimraf', 'request'])}@{ver()}: {g.c(['This module is not supported, and leaks memory.', 'Glob versions prior to v9 are no longer supported', 'request has been deprecated, see https://github.com/request/request/issues/3142'])}")),
        (3, e("run", "info", lambda: f"run {g.c(['esbuild', 'core-js', 'husky'])}@{ver()} postinstall node_modules/{g.c(['esbuild', 'core-js', 'husky'])} node install.js")),
        (0.4, e("err_code", "ERR!", lambda: f"code {g.c(['E404', 'ERESOLVE', 'ETIMEDOUT'])}")),
        (0.4, e("err_404", "ERR!", lambda: f"404 Not Found - GET https://registry.npmjs.org/@acme%2f{g.c(['private-sdk', 'billing', 'design'])} - Not found")),
    ]
    return L.run(ev, None)


def log_log4net(seed):
    L = Log("log4net_default", seed, "rel", True, True)
    g = L.g
    t0 = L.t

    def H(lv, logger, msg):
        ms = int((L.t - t0).total_seconds() * 1000)
        return f"{ms} [{g.c(['1', '5', '7', '12', '14', 'Worker-3'])}] {lv} {logger} (null) - {msg}"

    def e(ev, lv, logger, msgf):
        return lambda: L.emit(H(lv, logger, msgf()), ev, lv, logger)

    def pay_fail():
        L.emit(H("ERROR", "Acme.Payments.Gateway", f"Payment declined for order {g.uuid()}: \"Insufficient funds\" (code {g.c([51, 5, 61])})"), "pay_fail", "ERROR", "Acme.Payments.Gateway")
        L.emit(f"System.InvalidOperationException: Gateway returned status {g.c([402, 409])}", "exc", "ERROR", "Acme.Payments.Gateway")
        L.emit(f"   at Acme.Payments.Gateway.Charge(Order order) in C:\\src\\Acme\\Payments\\Gateway.cs:line {g.num(40, 300)}", "frame", "ERROR", "Acme.Payments.Gateway")
        L.emit(f"   at Acme.Orders.OrderService.Place(Cart cart) in C:\\src\\Acme\\Orders\\OrderService.cs:line {g.num(40, 300)}", "frame", "ERROR", "Acme.Payments.Gateway")
    ev = [
        (30, e("sql", "DEBUG", "Acme.Data.SqlRepository", lambda: f"Executing query {g.c(['GetOrderById', 'GetCustomer', 'ListOpenOrders'])} with @id={g.num(1, 999999)} in {g.num(1, 400)} ms")),
        (30, e("request", "INFO", "Acme.Web.RequestLogger", lambda: f"Request {g.c(['GET', 'GET', 'POST', 'DELETE'])} https://shop.example.com/api/orders/{g.num(1, 99999)}?include=lines completed with {g.c([200, 200, 204, 404])} in {g.num(2, 900)}ms")),
        (10, e("placed", "INFO", "Acme.Orders.OrderService", lambda: f"Order {g.uuid()} placed by customer {g.email()} total {g.num(1, 999)}.{g.num(0, 99):02d} EUR")),
        (6, e("cache_miss", "WARN", "Acme.Cache.RedisCache", lambda: f"Cache miss for key 'order:{g.num(1, 99999)}', falling back to database")),
        (1.5, pay_fail),
        (1, e("job", "INFO", "Acme.Scheduler.JobRunner", lambda: f"Job '{g.c(['nightly-export', 'invoice-mailer', 'cleanup'])}' finished in 00:{g.num(0, 59):02d}:{g.num(0, 59):02d}.{g.num(0, 9999999):07d}")),
    ]
    return L.run(ev, None)


def log_wildfly(seed):
    L = Log("wildfly_server", seed, "full", True, True)
    g = L.g
    apps = ["shop", "billing", "admin-portal"]

    def H(lv, cat, thread, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {lv:<5} [{cat}] ({thread}) {msg}"

    def e(ev, lv, cat, thread, msgf):
        return lambda: L.emit(H(lv, cat, thread(), msgf()), ev, lv, cat)
    task = lambda: f"default task-{g.num(1, 64)}"

    def npe():
        cat = "io.undertow.request"
        L.emit(H("ERROR", cat, task(), f"UT005023: Exception handling request to /{g.c(apps)}/api/orders/{g.num(1, 99999)}: java.lang.NullPointerException: Cannot invoke \"com.acme.Order.getTotal()\" because \"order\" is null"), "ut_exc", "ERROR", cat)
        L.emit(f"\tat com.acme.shop.OrderResource.total(OrderResource.java:{g.num(20, 300)})", "frame", "ERROR", cat)
        L.emit(f"\tat io.undertow.servlet.handlers.ServletHandler.handleRequest(ServletHandler.java:{g.num(70, 90)})", "frame", "ERROR", cat)
    ev = [
        (35, e("app_order", "INFO", "com.acme.shop.OrderResource", task, lambda: f"Order {g.num(1, 999999)} created for {g.email()}")),
        (15, e("sql", "DEBUG", "org.hibernate.SQL", task, lambda: "select o1_0.id,o1_0.customer_id,o1_0.total from orders o1_0 where o1_0.id=?")),
        (8, e("ctx", "INFO", "org.wildfly.extension.undertow", lambda: f"ServerService Thread Pool -- {g.num(60, 90)}", lambda: f"WFLYUT0021: Registered web context: '/{g.c(apps)}' for server 'default-server'")),
        (8, e("start_dep", "INFO", "org.jboss.as.server.deployment", lambda: f"MSC service thread 1-{g.num(1, 8)}", lambda: (lambda a: f"WFLYSRV0027: Starting deployment of \"{a}.war\" (runtime-name: \"{a}.war\")")(g.c(apps)))),
        (8, e("deployed", "INFO", "org.jboss.as.server", lambda: "DeploymentScanner-threads - 2", lambda: (lambda a: f"WFLYSRV0010: Deployed \"{a}.war\" (runtime-name : \"{a}.war\")")(g.c(apps)))),
        (3, e("ejb_fail", "WARN", "org.jboss.as.ejb3.invocation", task, lambda: f"WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component {g.c(['OrderBean', 'InvoiceBean'])} for method public abstract com.acme.Order com.acme.OrderLocal.find(long): jakarta.ejb.EJBTransactionRolledbackException: Transaction rolled back")),
        (2, npe),
        (0.5, e("started", "INFO", "org.jboss.as", lambda: "Controller Boot Thread", lambda: f"WFLYSRV0025: WildFly Full 31.0.{g.num(0, 1)}.Final (WildFly Core 23.0.{g.num(0, 3)}.Final) started in {g.num(3000, 20000)}ms - Started {g.num(500, 700)} of {g.num(700, 900)} services ({g.num(100, 300)} services are lazy, passive or on-demand) - Server configuration file in use: standalone.xml")),
    ]
    return L.run(ev, None)


def log_cron_sudo(seed):
    L = Log("cron_sudo_auth", seed, "noyear", False, True)
    g = L.g
    cmds = ["cd / && run-parts --report /etc/cron.hourly", "[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi",
            "/usr/local/bin/backup.sh >> /var/log/backup.log 2>&1", "test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )", "/usr/bin/certbot renew -q"]
    scmds = ["/usr/bin/systemctl restart nginx", "/usr/bin/apt update", "/usr/bin/journalctl -u app.service -n 200", "/bin/cat /var/log/auth.log", "/usr/bin/docker ps -a"]
    users = {"alice": 1000, "bob": 1001, "deploy": 1002, "carol": 1003}

    def H(comp, msg, pid=None):
        return f"{syslog_ts(L.t)} srv01 {comp}{'[' + str(pid) + ']' if pid else ''}: {msg}"

    def cron():
        pid = g.num(1000, 99999)
        u = g.c(["root", "root", "www-data"])
        L.emit(H("CRON", f"pam_unix(cron:session): session opened for user {u}(uid={0 if u == 'root' else 33}) by (uid=0)", pid), "pam_open", None, "CRON")
        L.emit(H("CRON", f"({u}) CMD ({g.c(cmds)})", pid), "cron_cmd", None, "CRON")
        L.emit(H("CRON", f"pam_unix(cron:session): session closed for user {u}", pid), "pam_close", None, "CRON")

    def sudo():
        u = g.c(list(users))
        L.emit(H("sudo", f"{u:>8} : TTY=pts/{g.num(0, 5)} ; PWD=/home/{u} ; USER=root ; COMMAND={g.c(scmds)}"), "sudo_cmd", None, "sudo")
        L.emit(H("sudo", f"pam_unix(sudo:session): session opened for user root(uid=0) by {u}(uid={users[u]})"), "pam_open", None, "sudo")
        L.emit(H("sudo", "pam_unix(sudo:session): session closed for user root"), "pam_close", None, "sudo")

    def wrong():
        u = g.c(list(users))
        L.emit(H("sudo", f"{u:>8} : {g.num(1, 3)} incorrect password attempts ; TTY=pts/{g.num(0, 5)} ; PWD=/home/{u} ; USER=root ; COMMAND={g.c(scmds)}"), "sudo_wrong", None, "sudo")
    ev = [(25, cron), (8, sudo), (1, wrong),
          (0.4, lambda: L.emit(H("sudo", f"{'mallory':>8} : user NOT in sudoers ; TTY=pts/{g.num(0, 5)} ; PWD=/tmp ; USER=root ; COMMAND=/bin/bash"), "sudo_nosudoers", None, "sudo"))]
    return L.run(ev, None)


def log_suricata(seed):
    L = Log("suricata_engine", seed, "full", True, False)
    g = L.g

    def e(ev, lv, msgf):
        def f():
            t = L.t
            L.emit(f"{t:%d/%m/%Y} -- {t:%H:%M:%S} - <{lv}> - {msgf()}", ev, lv)
        return f

    def reload():
        e("reload_start", "Notice", lambda: "rule reload starting")()
        e("rules_loaded", "Info", lambda: f"{g.num(1, 9)} rule files processed. {g.num(20000, 40000)} rules successfully loaded, {g.num(0, 3)} rules failed")()
        e("reload_done", "Notice", lambda: "rule reload complete")()
    ev = [
        (30, e("kernel_stats", "Perf", lambda: f"(W#{g.num(1, 16):02d}-eth{g.num(0, 1)}) Kernel: Packets {g.num(10 ** 5, 10 ** 9)}, dropped {g.num(0, 90000)}")),
        (20, e("iface_stats", "Notice", lambda: f"Stats for 'eth{g.num(0, 1)}':  pkts: {g.num(10 ** 5, 10 ** 9)}, drop: {g.num(0, 90000)} ({g.f(0, 9, 2)}%), invalid chksum: {g.num(0, 90)}")),
        (10, e("thread_sock", "Info", lambda: f"Thread W#{g.num(1, 16):02d}-eth{g.num(0, 1)} using socket {g.num(5, 60)}")),
        (3, reload),
        (3, e("flow_emerg", "Warning", lambda: f"[ERRCODE: SC_WARN_FLOW_EMERGENCY(158)] - Flow emergency mode entered... ({g.num(100, 900)} flows in use)")),
        (2, e("bad_sig", "Error", lambda: f"[ERRCODE: SC_ERR_INVALID_SIGNATURE(39)] - error parsing signature \"alert http any any -> any any (msg:\\\"LOCAL test {g.num(1, 99)}\\\"; content:\\\"evil\\\"; sid:{g.num(1000000, 1000999)};)\" from file /etc/suricata/rules/local.rules at line {g.num(1, 400)}")),
        (0.5, e("version", "Notice", lambda: "This is Suricata version 6.0.16 RELEASE running in SYSTEM mode")),
    ]
    return L.run(ev, None)


def log_samba(seed):
    L = Log("samba_smbd", seed, "full", True, True)
    g = L.g
    shares = ["projects", "homes", "finance", "scans", "IPC$"]

    def rec(ev, lvl, src, func, msgf):
        def f():
            t = L.t
            L.emit(f"[{t:%Y/%m/%d %H:%M:%S}.{t.microsecond:06d}, {lvl:>2}] {src}({func})", "hdr_" + ev, str(lvl), func)
            L.emit(f"  {msgf()}", ev, str(lvl), func)
        return f
    ws = lambda: f"ipv4:{g.ip()}:{g.port()}"
    stamp = lambda: f"{L.t:%a, %d %b %Y %H:%M:%S}.{L.t.microsecond:06d} UTC"
    ev = [
        (30, rec("connect", 1, "../../source3/smbd/service.c:1123", "make_connection_snum", lambda: (lambda u: f"{g.c(['ws-', 'lt-'])}{g.num(100, 999)} ({ws()}) connect to service {g.c(shares)} initially as user {u} (uid={g.num(10000, 10999)}, gid={g.num(10000, 10099)}) (pid {g.num(1000, 99999)})")(g.user()))),
        (25, rec("close", 1, "../../source3/smbd/service.c:1179", "close_cnum", lambda: f"{g.c(['ws-', 'lt-'])}{g.num(100, 999)} ({ws()}) closed connection to service {g.c(shares)}")),
        (20, rec("authz", 2, "../../auth/auth_log.c:876", "log_successful_authz_event", lambda: f"Successful AuthZ: [SMB2,krb5] user [CORP]\\[{g.user()}] [S-1-5-21-1004336348-1177238915-682003330-{g.num(1100, 9999)}] at [{stamp()}] Remote host [{ws()}] local host [ipv4:10.0.0.2:445]")),
        (3, rec("authfail", 2, "../../auth/auth_log.c:653", "log_authentication_event_human_readable", lambda: f"Auth: [SMB2,(null)] user [CORP]\\[{g.user()}] at [{stamp()}] with [NTLMv2] status [{g.c(['NT_STATUS_WRONG_PASSWORD', 'NT_STATUS_NO_SUCH_USER', 'NT_STATUS_ACCOUNT_LOCKED_OUT'])}] workstation [WS-{g.num(100, 999)}] remote host [{ws()}] mapped to [CORP]\\[{g.user()}]. local host [ipv4:10.0.0.2:445] NETLOGON computer [WS-{g.num(100, 999)}] trust account [WS-{g.num(100, 999)}$]")),
        (2, rec("oplock", 0, "../../source3/smbd/smb2_oplock.c:391", "oplock_timeout_handler", lambda: f"Oplock break failed for file {g.c(['Q4 report.xlsx', 'scan_0042.pdf', 'notes/todo.txt'])} -- replying anyway")),
        (0.3, rec("version", 0, "../../source3/smbd/server.c:1741", "main", lambda: "smbd version 4.19.5-Ubuntu started.")),
    ]
    return L.run(ev, None)


def log_weblogic(seed):
    L = Log("weblogic_server", seed, "full", True, True, start=T0.replace(hour=11, minute=25))
    g = L.g
    apps = ["shopapp", "hrportal", "reports"]

    def H(lv, sub, msgid, msg, user="WLS Kernel"):
        t = L.t
        h12 = t.hour % 12 or 12
        thread = g.c([f"[ACTIVE] ExecuteThread: '{g.num(0, 40)}' for queue: 'weblogic.kernel.Default (self-tuning)'",
                      f"[STANDBY] ExecuteThread: '{g.num(0, 40)}' for queue: 'weblogic.kernel.Default (self-tuning)'", "Timer-2"])
        sev = {"Info": 64, "Notice": 32, "Warning": 16, "Error": 8}[lv]
        return (f"####<{t:%b} {t.day}, {t.year} {h12}:{t:%M:%S},{t.microsecond // 1000:03d} {'AM' if t.hour < 12 else 'PM'} UTC> <{lv}> <{sub}> <wls-host-01> <AdminServer> "
                f"<{thread}> <<{user}>> <> <{g.uuid()}-0000{g.hx(4)}> <{int(t.timestamp() * 1000)}> <[severity-value: {sev}] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <{msgid}> <{msg}> ")

    def e(ev, lv, sub, msgid, msgf, user="WLS Kernel"):
        return lambda: L.emit(H(lv, sub, msgid, msgf(), user), ev, lv, sub)

    def ioexc():
        a = g.c(apps)
        head = H("Error", "HTTP", "BEA-101019", f"[ServletContext@{g.num(10 ** 8, 10 ** 9)}[app:{a} module:{a}.war path:/{a} spec-version:4.0]] Servlet failed with an IOException.")
        L.emit(head[:-2], "ioexc", "Error", "HTTP")  # message continues on the next lines
        L.emit("java.io.IOException: Broken pipe", "ioexc_exc", "Error", "HTTP")
        L.emit(f"\tat weblogic.servlet.internal.ChunkOutput.flush(ChunkOutput.java:{g.num(300, 500)})> ", "ioexc_frame", "Error", "HTTP")
    ev = [
        (25, e("mem", "Info", "Health", "BEA-310002", lambda: f"{g.num(5, 95)}% of the total memory in the server is free.")),
        (20, e("idle", "Info", "Socket", "BEA-000449", lambda: f"Closing the socket, as no data read from it on {g.ip()}:{g.port()} during the configured idle timeout of {g.c([5, 30, 60])} seconds.")),
        (8, e("pool", "Info", "JDBC", "BEA-001128", lambda: f"Connection for pool \"{g.c(['OrdersDS', 'HRDS', 'ReportsDS'])}\" closed.")),
        (6, e("transition", "Info", "Deployer", "BEA-149059", lambda: (lambda a: f"Module {a}.war of application {a} is transitioning from {g.c(['STATE_NEW', 'STATE_PREPARED', 'STATE_ADMIN'])} to {g.c(['STATE_PREPARED', 'STATE_ADMIN', 'STATE_ACTIVE'])} on server AdminServer.")(g.c(apps)), "anonymous")),
        (2, e("stuck", "Warning", "WebLogicServer", "BEA-000337", lambda: f"[STUCK] ExecuteThread: '{g.num(0, 40)}' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for \"{g.num(601, 900)}\" seconds working on the request \"Http Request Information: weblogic.servlet.internal.ServletRequestImpl@{g.hx(8)}[GET /{g.c(apps)}/api/orders?id={g.num(1, 9999)}]\", which is more than the configured time (StuckThreadMaxTime) of \"600\" seconds in \"server-failure-trigger\". Stack trace:")),
        (1, e("keystore", "Notice", "Security", "BEA-090171", lambda: f"Loading the identity certificate and private key stored under the alias {g.c(['wls-identity', 'orakey'])} from the JKS keystore file /u01/oracle/domains/base_domain/security/identity.jks.")),
        (1.2, ioexc),
        (0.3, e("state", "Notice", "WebLogicServer", "BEA-000365", lambda: f"Server state changed to {g.c(['RUNNING', 'SUSPENDING', 'ADMIN'])}.")),
    ]
    return L.run(ev, None)


def log_websphere(seed):
    L = Log("websphere_systemout", seed, "full", True, True)
    g = L.g

    def H(tid, short, typ, msg):
        t = L.t
        return f"[{t.month}/{t.day}/{t:%y} {t:%H:%M:%S}:{t.microsecond // 1000:03d} UTC] {tid:08x} {short:<13} {typ} {msg}"

    def e(ev, short, typ, msgf):
        return lambda: (lambda tid: L.emit(H(tid, short, typ, msgf()), ev, typ, short))(g.num(0x30, 0x90))

    def npe():
        tid = g.num(0x30, 0x90)
        L.emit(H(tid, "SystemErr", "R", f"java.lang.NullPointerException: order {g.num(1, 99999)} has no customer"), "err_exc", "R", "SystemErr")
        L.emit(H(tid, "SystemErr", "R", f"\tat com.acme.orders.OrderService.bill(OrderService.java:{g.num(20, 400)})"), "err_frame", "R", "SystemErr")
        L.emit(H(tid, "SystemErr", "R", f"\tat com.acme.orders.web.OrderServlet.doPost(OrderServlet.java:{g.num(20, 400)})"), "err_frame", "R", "SystemErr")
    ev = [
        (30, e("out_order", "SystemOut", "O", lambda: f"OrderService: processed order {g.num(1, 999999)} for {g.email()} in {g.num(1, 900)} ms")),
        (15, e("out_batch", "SystemOut", "O", lambda: f"BatchJob[{g.c(['nightly', 'hourly'])}] step {g.num(1, 9)}/9 done, {g.num(0, 100)}% complete")),
        (10, e("servlet_init", "ServletWrappe", "I", lambda: (lambda a: f"com.ibm.ws.webcontainer.servlet.ServletWrapper init SRVE0242I: [{a}] [/{a}] [{g.c(['OrderServlet', 'LoginServlet', 'ReportServlet'])}]: Initialization successful.")(g.c(['shop', 'hr', 'reports'])))),
        (4, e("hung", "ThreadMonitor", "W", lambda: f"WSVR0605W: Thread \"WebContainer : {g.num(0, 49)}\" ({g.hx(8)}) has been active for {g.num(600000, 900000)} milliseconds and may be hung.  There is/are {g.num(1, 9)} thread(s) in total in the server that may be hung.")),
        (3, e("j2ca", "ConnectionMan", "E", lambda: f"J2CA0045E: Connection not available while invoking method createOrWaitForConnection for resource jdbc/{g.c(['OrderDS', 'HRDS'])}.")),
        (2, e("starv", "CoordinatorCo", "W", lambda: f"HMGR0152W: CPU Starvation detected. Current thread scheduling delay is {g.num(10, 90)} seconds.")),
        (2, npe),
    ]
    return L.run(ev, None)


def log_db2diag(seed):
    L = Log("db2diag", seed, "full", True, False)
    g = L.g
    msgs = [
        (30, "Info", "data protection services", "sqlpgArchiveLogFile", [
            lambda: f"ADM1846I  Completed archive for log file \"S{g.num(1, 9999999):07d}.LOG\" to \"DISK:/db2/archive/db2inst1/SAMPLE/NODE0000/LOGSTREAM0000/C0000000/\" from"],
         [lambda: "          \"/db2/logs/NODE0000/LOGSTREAM0000/\"."], "adm1846"),
        (20, "Info", "data protection services", "sqlpgInitRecoverable", [lambda: f"Started archive for log file S{g.num(1, 9999999):07d}.LOG."], [], "started_archive"),
        (6, "Warning", "base sys utilities", "sqleFirstConnect", [lambda: f"ADM7519W  DB2 could not allocate an agent.  The SQLCODE is \"{g.c([-1225, -1224])}\"."], [], "adm7519"),
        (3, "Error", "data protection services", "sqlpgResSpace", [lambda: f"ADM1823E  The active log is full and is held by application handle \"0-{g.num(100, 9999)}\".  Terminate this"],
         [lambda: "          application by COMMIT, ROLLBACK or FORCE APPLICATION."], "adm1823"),
        (5, "Severe", "lock manager", "sqlplWaitOnWP", [lambda: f"ZRC=0x80100044=-2146435004=SQLP_LTIMEOUT \"Lock Timeout\""], [], "zrc"),
    ]

    def rec():
        _, lvl, comp, fn, first, cont, ev = g.r.choices(msgs, [m[0] for m in msgs])[0]
        t = L.t
        ln = lambda text, e: L.emit(text, e, lvl)
        ln(f"{t:%Y-%m-%d-%H.%M.%S}.{t.microsecond:06d}+000 {g.c(['I', 'E'])}{g.num(10 ** 5, 10 ** 8)}E{g.num(300, 1500)}{' ' * g.num(6, 12)}LEVEL: {lvl}", "hdr")
        ln(f"PID     : {g.num(1000, 99999):<22} TID : {g.num(10 ** 14, 10 ** 15 - 1)} PROC : db2sysc 0", "pid")
        ln(f"INSTANCE: db2inst1             NODE : 000            DB   : SAMPLE", "instance")
        ln(f"APPHDL  : 0-{g.num(10, 9999):<19} APPID: *LOCAL.db2inst1.{L.t:%y%m%d%H%M%S}", "apphdl")
        ln(f"HOSTNAME: dbhost01", "hostname")
        ln(f"EDUID   : {g.num(10, 999):<22} EDUNAME: {g.c(['db2agent (SAMPLE) 0', 'db2logmgr (SAMPLE) 0', 'db2loggr (SAMPLE) 0'])}", "eduid")
        ln(f"FUNCTION: DB2 UDB, {comp}, {fn}, probe:{g.num(10, 9999)}", "function")
        ln(f"MESSAGE : {first[0]()}", "msg_" + ev)
        for c in cont:
            ln(c(), "cont_" + ev)
        ln("", "blank")
    ev = [(1, rec)]
    return L.run(ev, None)


def log_ceph(seed):
    L = Log("ceph_mon", seed, "full", True, False)
    g = L.g
    threads = [f"7f{g.hx(10)}" for _ in range(5)]

    def H(lvl, msg):
        t = L.t
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+0000 {g.c(threads)} {lvl:>2} {msg}"

    def e(ev, lvl, msgf, chan_lv=None):
        truth = str(lvl) + ("|" + chan_lv if chan_lv else "")
        return lambda: L.emit(H(lvl, msgf()), ev, truth)
    pv = [100000]

    def pgmap():
        pv[0] += 1
        return (f"log_channel(cluster) log [DBG] : pgmap v{pv[0]}: 321 pgs: 321 active+clean; {g.f(1, 9, 1)} TiB data, {g.f(3, 27, 1)} TiB used, {g.num(10, 40)} TiB / {g.num(40, 60)} TiB avail; "
                f"{g.num(1, 999)} {g.c(['KiB', 'MiB'])}/s rd, {g.f(0.1, 99, 1)} MiB/s wr, {g.num(10, 9000)} op/s")
    ts = lambda: f"{L.t:%Y-%m-%dT%H:%M:%S}.{g.num(0, 999999):06d}+0000"
    ev = [
        (30, e("pgmap", 0, pgmap, "DBG")),
        (20, e("paxos", 10, lambda: f"mon.a@0(leader).paxos(paxos active c {g.num(10 ** 6, 10 ** 7)}..{g.num(10 ** 7, 2 * 10 ** 7)}) is_readable = 1 - now={ts()} lease_expire={ts()} has v0 lc {g.num(10 ** 7, 2 * 10 ** 7)}")),
        (10, e("audit", 0, lambda: f"log_channel(audit) log [DBG] : from='client.? {g.ip()}:0/{g.num(1000, 9999999)}' entity='client.{g.c(['admin', 'rgw.a', 'crash'])}' cmd=[{{\"prefix\": \"{g.c(['status', 'osd tree', 'df'])}\", \"format\": \"json\"}}]: dispatch", "DBG")),
        (5, e("osdmap", 1, lambda: (lambda n, u: f"mon.a@0(leader).osd e{g.num(1000, 9999)} e{g.num(1000, 9999)}: {n} total, {u} up, {u} in")(g.num(12, 24), g.num(10, 12)))),
        (3, e("slow_ops", 0, lambda: f"log_channel(cluster) log [WRN] : Health check failed: {g.num(1, 90)} slow ops, oldest one blocked for {g.num(30, 900)} sec, osd.{g.num(0, 23)} has slow ops (SLOW_OPS)", "WRN")),
        (2, e("cleared", 0, lambda: f"log_channel(cluster) log [INF] : Health check cleared: SLOW_OPS (was: {g.num(1, 90)} slow ops, oldest one blocked for {g.num(30, 900)} sec, osd.{g.num(0, 23)} has slow ops)", "INF")),
        (1, e("hb", -1, lambda: f"osd.{g.num(0, 23)} {g.num(1000, 9999)} heartbeat_check: no reply from {g.ip()}:{g.num(6800, 6900)} osd.{g.num(0, 23)} since back {ts()} front {ts()} (oldest deadline {ts()})")),
    ]
    return L.run(ev, None)


def log_gluster(seed):
    L = Log("glusterfs", seed, "full", True, True)
    g = L.g
    vols = ["gv0", "data", "home"]

    def e(ev, lv, msgid, src, func, xl, msgf):
        def f():
            t = L.t
            x = xl()
            mid = f"[MSGID: {msgid}] " if msgid else ""
            L.emit(f"[{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}] {lv} {mid}[{src}:{func}] 0-{x}: {msgf(x)}", ev, lv, f"{src.split(':')[0]}|{func}|{x}")
        return f
    cl = lambda: f"{g.c(vols)}-client-{g.num(0, 5)}"
    ev = [
        (25, e("program", "I", 114057, "client-handshake.c:1124", "select_server_supported_programs", cl, lambda x: "Using Program GlusterFS 4.x v1, Num (1298437), Version (400)")),
        (20, e("connected", "I", 114046, "client-handshake.c:857", "client_setvolume_cbk", cl, lambda x: f"Connected to {x}, attached to remote volume '/bricks/{x.split('-')[0]}/brick{g.num(1, 6)}'.")),
        (10, e("readv", "W", None, "socket.c:751", "__socket_rwv", cl, lambda x: f"readv on {g.ip()}:{g.num(49152, 49160)} failed (No data available)")),
        (8, e("disconnected", "I", 114018, "client.c:2288", "client_rpc_notify", cl, lambda x: f"disconnected from {x}. Client process will keep trying to connect to glusterd until brick's port is available")),
        (5, e("peer", "I", 106004, "glusterd-handler.c:6204", "__glusterd_peer_rpc_notify", lambda: "management", lambda x: f"Peer <gfs-{g.num(1, 6):02d}> ({g.uuid()}), in state <Peer in Cluster>, has disconnected from glusterd.")),
        (3, e("alldown", "E", 108006, "afr-common.c:6140", "__afr_handle_child_down_event", lambda: f"{g.c(vols)}-replicate-0", lambda x: "All subvolumes are down. Going offline until at least one of them comes back up.")),
        (2, e("nolock", "W", None, "glusterd-locks.c:808", "glusterd_mgmt_v3_unlock", lambda: "management", lambda x: f"Lock for vol {g.c(vols)} not held")),
    ]
    return L.run(ev, None)


def log_slurm(seed):
    L = Log("slurmctld", seed, "full", True, False)
    g = L.g
    job = [41000]

    def H(msg):
        t = L.t
        return f"[{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}] {msg}"

    def submit():
        job[0] += 1
        L.emit(H(f"_slurm_rpc_submit_batch_job: JobId={job[0]} InitPrio={g.num(1000, 9999)} usec={g.num(100, 9999)}"), "submit")

    def alloc():
        a = g.num(1, 60)
        L.emit(H(f"sched: Allocate JobId={g.num(40000, job[0])} NodeList=node[{a:02d}-{a + g.num(1, 8):02d}] #CPUs={g.c([16, 32, 64, 128])} Partition={g.c(['batch', 'gpu', 'debug'])}"), "allocate")

    def complete():
        j = g.num(40000, job[0])
        L.emit(H(f"_job_complete: JobId={j} WEXITSTATUS {g.c([0, 0, 0, 1, 2])}"), "complete_status")
        L.emit(H(f"_job_complete: JobId={j} done"), "complete_done")
    ev = [
        (15, submit), (20, alloc), (15, complete),
        (5, lambda: L.emit(H(f"backfill: Started JobId={g.num(40000, job[0])} in {g.c(['batch', 'gpu'])} on node{g.num(1, 64):02d}"), "backfill")),
        (3, lambda: L.emit(H(f"error: Nodes node{g.num(1, 64):02d} not responding"), "not_responding", "error")),
        (2, lambda: L.emit(H(f"Node node{g.num(1, 64):02d} now responding"), "now_responding")),
        (1, lambda: L.emit(H(f"error: _slurm_rpc_node_registration node=node{g.num(1, 64):02d}: Invalid argument"), "reg_error", "error")),
        (2, lambda: L.emit(H(f"_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId={g.num(40000, job[0])} uid {g.num(1000, 1100)}"), "kill")),
    ]
    return L.run(ev, None)


def log_nagios(seed):
    L = Log("nagios", seed, "full", False, False)
    g = L.g
    hosts = [f"{h}-{i:02d}" for h in ["web", "db", "mail", "fw"] for i in range(1, 6)]
    svcs = {"Disk /": lambda st: f"DISK {st} - free space: / {g.num(1000, 90000)} MB ({g.num(1, 90)}% inode={g.num(50, 99)}%):",
            "HTTP": lambda st: f"HTTP {st}: HTTP/1.1 {g.c([200, 503])} - {g.num(200, 90000)} bytes in {g.f(0.001, 9, 3)} second response time",
            "Load": lambda st: f"{st} - load average: {g.f(0, 9, 2)}, {g.f(0, 9, 2)}, {g.f(0, 9, 2)}",
            "SSH": lambda st: f"SSH {st} - OpenSSH_9.{g.num(0, 6)}p1 (protocol 2.0)"}

    def H(msg):
        return f"[{int(L.t.timestamp())}] {msg}"

    def sa():
        s = g.c(list(svcs)); st = g.c(["OK", "WARNING", "CRITICAL", "CRITICAL"])
        L.emit(H(f"SERVICE ALERT: {g.c(hosts)};{s};{st};{g.c(['SOFT', 'HARD'])};{g.num(1, 3)};{svcs[s](st)}"), "svc_alert")

    def sn():
        s = g.c(list(svcs)); st = g.c(["WARNING", "CRITICAL", "OK"])
        L.emit(H(f"SERVICE NOTIFICATION: {g.c(['oncall', 'admins', 'alice'])};{g.c(hosts)};{s};{st};notify-service-by-email;{svcs[s](st)}"), "svc_notif")

    def ext():
        s = g.c(list(svcs)); code = g.num(0, 2)
        L.emit(H(f"EXTERNAL COMMAND: PROCESS_SERVICE_CHECK_RESULT;{g.c(hosts)};{s};{code};{svcs[s](['OK', 'WARNING', 'CRITICAL'][code])}"), "ext_cmd")

    def passive():
        s = g.c(list(svcs)); code = g.num(0, 2)
        L.emit(H(f"PASSIVE SERVICE CHECK: {g.c(hosts)};{s};{code};{svcs[s](['OK', 'WARNING', 'CRITICAL'][code])}"), "passive")
    ev = [
        (25, sa), (5, sn), (10, ext), (10, passive),
        (3, lambda: L.emit(H(f"HOST ALERT: {g.c(hosts)};{g.c(['DOWN', 'UP'])};{g.c(['SOFT', 'HARD'])};{g.num(1, 3)};PING {g.c(['CRITICAL', 'OK'])} - Packet loss = {g.c([0, 100])}%, RTA = {g.f(0.1, 90, 2)} ms"), "host_alert")),
        (1, lambda: L.emit(H("Auto-save of retention data completed successfully."), "autosave")),
        (0.5, lambda: L.emit(H(f"Warning: Check result queue contained results for service '{g.c(list(svcs))}' on host '{g.c(hosts)}', but the service could not be found!"), "orphan")),
        (1, lambda: L.emit(H(f"SERVICE FLAPPING ALERT: {g.c(hosts)};{g.c(list(svcs))};STARTED; Service appears to have started flapping ({g.f(20, 40, 1)}% change >= 20.0% threshold)"), "flap")),
    ]
    return L.run(ev, None)


def log_kubectl_events(seed):
    L = Log("kubectl_events", seed, None, True, False)
    g = L.g
    rows = []
    imgs = ["nginx:1.25.3", "ghcr.io/acme/api:v2.14.1", "redis:7.2-alpine", "quay.io/prometheus/node-exporter:v1.7.0"]
    ns = lambda: g.c(["default", "shop", "monitoring"])

    def age():
        return g.c([f"{g.num(1, 59)}s", f"{g.num(1, 59)}m", f"{g.num(1, 9)}m{g.num(1, 59)}s", f"{g.num(1, 23)}h", "<unknown>"])

    def pod():
        return f"{g.c(['web', 'api', 'worker', 'redis'])}-{g.hx(10)}-{g.alnum(5)}"

    def life():
        p, n, c = pod(), ns(), g.c(["app", "nginx", "istio-proxy", "redis"])
        rows.append((age(), "Normal", "Scheduled", f"pod/{p}", f"Successfully assigned {n}/{p} to node-{g.num(1, 12)}", "scheduled"))
        im = g.c(imgs)
        rows.append((age(), "Normal", "Pulling", f"pod/{p}", f"Pulling image \"{im}\"", "pulling"))
        rows.append((age(), "Normal", "Pulled", f"pod/{p}", f"Successfully pulled image \"{im}\" in {g.f(0.3, 40, 3)}s ({g.f(0.3, 40, 3)}s including waiting). Image size: {g.num(10 ** 7, 10 ** 9)} bytes.", "pulled"))
        rows.append((age(), "Normal", "Created", f"pod/{p}", f"Created container {c}", "created"))
        rows.append((age(), "Normal", "Started", f"pod/{p}", f"Started container {c}", "started"))
    while len(rows) < N_LINES:
        x = g.r.random()
        if x < 0.5:
            life()
        elif x < 0.62:
            rows.append((age(), "Normal", "SuccessfulCreate", f"replicaset/{g.c(['web', 'api', 'worker'])}-{g.hx(10)}", f"Created pod: {pod()}", "rs_create"))
        elif x < 0.72:
            rows.append((age(), "Normal", "Killing", f"pod/{pod()}", f"Stopping container {g.c(['app', 'nginx', 'redis'])}", "killing"))
        elif x < 0.84:
            p = pod(); n = ns()
            rows.append((age(), "Warning", "BackOff", f"pod/{p}", f"Back-off restarting failed container {g.c(['app', 'worker'])} in pod {p}_{n}({g.uuid()})", "backoff"))
        elif x < 0.95:
            ip = g.ip()
            rows.append((age(), "Warning", "Unhealthy", f"pod/{pod()}", f"Readiness probe failed: Get \"http://{ip}:8080/healthz\": dial tcp {ip}:8080: connect: connection refused", "unhealthy"))
        else:
            n = g.num(3, 12)
            rows.append((age(), "Warning", "FailedScheduling", f"pod/{pod()}", f"0/{n} nodes are available: {g.num(1, n)} Insufficient cpu. preemption: 0/{n} nodes are available: {n} No preemption victims found for incoming pod.", "failedsched"))
    rows = rows[:N_LINES - 1]
    w = [max(len(r[i]) for r in rows + [("LAST SEEN", "TYPE", "REASON", "OBJECT")]) + 3 for i in range(4)]
    L.emit(f"{'LAST SEEN':<{w[0]}}{'TYPE':<{w[1]}}{'REASON':<{w[2]}}{'OBJECT':<{w[3]}}MESSAGE", "header")
    for r in rows:
        L.emit(f"{r[0]:<{w[0]}}{r[1]:<{w[1]}}{r[2]:<{w[2]}}{r[3]:<{w[3]}}{r[4]}", r[5], r[1])
    return L


def log_slapd(seed):
    L = Log("openldap_slapd26", seed, "full", False, False)
    g = L.g
    conn = [1000]
    threads = [f"0x7f{g.hx(10)}" for _ in range(4)]

    def H(msg):
        t = L.t
        return f"{int(t.timestamp()):x}.{int(t.microsecond / 1e6 * 2 ** 32):08x} {g.c(threads)} {msg}"

    def session():
        conn[0] += 1
        c = conn[0]; fd = g.num(12, 90); u = g.user()
        dn = f"uid={u},ou=people,dc=example,dc=com"
        L.emit(H(f"conn={c} fd={fd} ACCEPT from IP={g.ip()}:{g.port()} (IP=0.0.0.0:389)"), "accept")
        L.emit(H(f"conn={c} op=0 BIND dn=\"{dn}\" method=128"), "bind")
        L.emit(H(f"conn={c} op=0 BIND dn=\"{dn}\" mech=SIMPLE bind_ssf=0 ssf={g.c([0, 256])}"), "bind_mech")
        L.emit(H(f"conn={c} op=0 RESULT tag=97 err={g.c([0, 0, 0, 49])} qtime=0.{g.num(0, 99999):06d} etime=0.{g.num(0, 999999):06d} text="), "result")
        for op in range(1, g.num(2, 4)):
            L.tick(0.05)
            L.emit(H(f"conn={c} op={op} SRCH base=\"ou={g.c(['people', 'groups'])},dc=example,dc=com\" scope={g.c([1, 2])} deref=0 filter=\"(&(objectClass={g.c(['posixAccount', 'groupOfNames'])})(uid={g.user()}))\""), "srch")
            L.emit(H(f"conn={c} op={op} SRCH attr={' '.join(g.r.sample(['uid', 'cn', 'mail', 'memberOf', 'uidNumber', 'gidNumber'], g.num(1, 4)))}"), "srch_attr")
            L.emit(H(f"conn={c} op={op} SEARCH RESULT tag=101 err=0 qtime=0.{g.num(0, 99999):06d} etime=0.{g.num(0, 999999):06d} nentries={g.num(0, 40)} text="), "search_result")
        L.emit(H(f"conn={c} op={op + 1} UNBIND"), "unbind")
        L.emit(H(f"conn={c} fd={fd} closed"), "closed")
    ev = [(1, session)]
    return L.run(ev, None)


def log_zabbix(seed):
    L = Log("zabbix_server", seed, "full", False, False)
    g = L.g
    hosts = [f"{h}-{i:02d}.corp.example.com" for h in ["web", "db", "app"] for i in range(1, 8)]
    keys = ["system.cpu.load[all,avg1]", "vfs.fs.size[/,pfree]", "net.if.in[\"eth0\"]", "proc.num[nginx]", "custom.backup.age"]

    def H(pid, msg):
        t = L.t
        return f"{pid:>6}:{t:%Y%m%d}:{t:%H%M%S}.{t.microsecond // 1000:03d} {msg}"

    def e(ev, msgf, pids=(2214, 2215, 2216, 2231)):
        return lambda: L.emit(H(g.c(pids), msgf()), ev)
    ev = [
        (20, e("not_supported", lambda: f"item \"{g.c(hosts)}:{g.c(keys)}\" became not supported: {g.c(['Timeout while executing a shell script.', 'Cannot obtain filesystem information: [2] No such file or directory', 'Unsupported item key.'])}")),
        (10, e("supported", lambda: f"item \"{g.c(hosts)}:{g.c(keys)}\" became supported")),
        (15, e("net_err", lambda: f"Zabbix agent item \"{g.c(keys)}\" on host \"{g.c(hosts)}\" failed: first network error, wait for 15 seconds")),
        (10, e("resume", lambda: f"resuming Zabbix agent checks on host \"{g.c(hosts)}\": connection restored")),
        (5, e("disable", lambda: f"temporarily disabling Zabbix agent checks on host \"{g.c(hosts)}\": interface unavailable")),
        (3, e("active_nf", lambda: f"cannot send list of active checks to \"{g.ip()}\": host [{g.c(['laptop-17', 'kiosk-3', 'db-99.corp.example.com'])}] not found", (2240, 2241))),
        (1, e("hk_exec", lambda: "executing housekeeper", (2201,))),
        (1, e("hk_done", lambda: f"housekeeper [deleted {g.num(0, 900000)} hist/trend, {g.num(0, 90)} items/triggers, {g.num(0, 900)} events, {g.num(0, 90)} problems, 0 sessions, 0 alarms, 0 audit items, 0 autoreg_hosts, 0 records in {g.f(0.1, 90, 6)} sec, idle for 1 hour(s)]", (2201,))),
    ]
    return L.run(ev, None)


LOGS = [log_haproxy, log_squid, log_istio, log_traefik, log_coredns, log_ansible, log_npm, log_log4net, log_wildfly,
        log_cron_sudo, log_suricata, log_samba, log_weblogic, log_websphere, log_db2diag, log_ceph, log_gluster,
        log_slurm, log_nagios, log_kubectl_events, log_slapd, log_zabbix]



if __name__ == "__main__":
    main(LOGS, WORK)
