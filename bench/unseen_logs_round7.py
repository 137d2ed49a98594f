#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the seventh round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: X.XXX.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (stack frames, traceback lines, continuation lines, the
lines of a multi-line value or of a record's description) carry the time, level and component
of the record they belong to.

The true event of a line is the format string that wrote it: a status word, a class name or a
whole description filled into a format string is a variable (dbt's "START %s", MIT krb5kdc's
"TGS_REQ (%s) %s: %s: authtime %u, ..."), while two format strings that look alike are two
events. Where the text of a field was written by another program (the SMTP commands a client
sent, logged by Exchange), its event is that program's format.

usage: unseen_logs_round7.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round7)
"""
import datetime as dt
import json
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round7")
from unseen_logs_harness import Log, main, N_LINES, UTC, T0, syslog_ts, ms3, B62  # noqa: E402


def ctime(t):
    """C's ctime() without the newline: "Tue Dec  1 10:00:00 2026"."""
    return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S %Y}"


def goq(v):
    """A value as Go's hclog / logfmt writers print it: bare when it has no space, quote or '=', else %q."""
    v = str(v)
    if v == "" or not any(c in v for c in ' "=\\\t'):
        return v
    return json.dumps(v)


def us6(t):
    return f"{t.microsecond:06d}"


def slowed(L, ev, mean):
    """Spread the events of a quiet log: each record comes about `mean` seconds after the last."""
    def wrap(fn):
        def f():
            L.tick(mean)
            fn()
        return f
    return [(w, wrap(fn)) for w, fn in ev]


# 1 ---------------------------------------------------------------- HashiCorp Vault 1.18 server, integrated raft storage (3 nodes), stdout of `vault server` (hclog)
def log_vault(seed):
    L = Log("vault_server", seed, "full", True, True)
    g = L.g
    me, my_ip = "vault-1", "10.0.1.11"
    peers = [("vault-2", "10.0.1.12"), ("vault-3", "10.0.1.13")]
    mp = {"kubernetes": "auth.kubernetes.auth_kubernetes_" + g.hx(8), "approle": "auth.approle.auth_approle_" + g.hx(8),
          "ldap": "auth.ldap.auth_ldap_" + g.hx(8), "database": "secrets.database.database_" + g.hx(8)}
    st = {"term": g.num(3, 40), "index": g.num(2_000_000, 5_000_000)}
    lbs = ["10.0.0.4", "10.0.0.5"]
    apps = ["billing", "orders", "catalog", "search", "notify", "reports"]

    def emit(lv, name, msg, ev, kv=(), multi=None):
        t = L.t
        tag = f"[{lv}]".ljust(7)
        s = f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z {tag} {name + ': ' if name else ''}{msg}"
        if kv or multi:
            s += ":"
        for k, v in kv:
            s += f" {k}={goq(v)}"
        L.emit(s, ev, lv, name)
        if multi:
            key, item = multi
            L.emit(f"  {key}=", "hclog_multiline_key", lv, name)
            L.emit("  | 1 error occurred:", "multierror_head", lv, name)
            L.emit(f"  | \t* {item}", "multierror_item", lv, name)
            L.emit("  | ", "hclog_indent_blank", lv, name)
            L.emit("  ", "hclog_multiline_end", lv, name)

    def plain(text, ev):
        L.emit(text, ev)

    def banner():
        plain("==> Vault server configuration:", "banner_config")
        plain("", "banner_blank")
        rows = [("Administrative Namespace", ""), ("Api Address", f"https://{my_ip}:8200"), ("Cgo", "disabled"), ("Cluster Address", f"https://{my_ip}:8201"),
                ("Environment Variables", "GODEBUG, HOME, HOSTNAME, NAME, PATH, PWD, SHLVL, VAULT_ADDR, VERSION"), ("Go Version", "go1.22.8"),
                ("Listener 1", 'tcp (addr: "0.0.0.0:8200", cluster address: "0.0.0.0:8201", disable_request_limiter: "false", max_request_duration: "1m30s", max_request_size: "33554432", tls: "enabled")'),
                ("Log Level", "info"), ("Mlock", "supported: true, enabled: false"), ("Recovery Mode", "false"), ("Storage", "raft (HA available)"),
                ("Version", "Vault v1.18.2, built 2024-11-20T11:24:56Z"), ("Version Sha", "ae90eb07d8ed5d38a4d1fd14e4bae8f1b4d6ed6b")]
        for k, v in rows:
            plain(f"{k:>24}: {v}", "banner_config_row")
        plain("", "banner_blank")
        plain("==> Vault server started! Log data will stream in below:", "banner_started")
        plain("", "banner_blank")

    def startup():
        banner()
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z [INFO]  proxy environment: http_proxy=\"\" https_proxy=\"\" no_proxy=\"\"", "proxy_env", "INFO")
        emit("INFO", "core", "Initializing version history cache for core", "version_cache")
        emit("INFO", "events", "Starting event system", "events_start")
        emit("INFO", "core", "stored unseal keys supported, attempting fetch", "stored_keys")
        emit("WARN", None, "failed to unseal core", "unseal_failed", [("error", "stored unseal keys are supported, but none were found")])
        L.tick(30)
        emit("INFO", "core.cluster-listener.tcp", "starting listener", "cluster_listener_start", [("listener_address", "0.0.0.0:8201")])
        emit("INFO", "core.cluster-listener", "serving cluster requests", "cluster_serving", [("cluster_listen_address", "[::]:8201")])
        emit("INFO", "storage.raft", "initial configuration", "raft_initial_config",
             [("index", st["index"] // 1000), ("servers", "[{Suffrage:Voter ID:vault-1 Address:10.0.1.11:8201} {Suffrage:Voter ID:vault-2 Address:10.0.1.12:8201} {Suffrage:Voter ID:vault-3 Address:10.0.1.13:8201}]")])
        emit("INFO", "storage.raft", "entering follower state", "raft_follower", [("follower", f"Node at {my_ip}:8201 [Follower]"), ("leader-address", ""), ("leader-id", "")])
        emit("INFO", "core", "vault is unsealed", "unsealed")
        emit("INFO", "core", "entering standby mode", "standby")
        L.tick(2)
        election()

    def election():
        st["term"] += 1
        emit("WARN", "storage.raft", "heartbeat timeout reached, starting election", "raft_hb_timeout", [("last-leader-addr", ""), ("last-leader-id", "")])
        emit("INFO", "storage.raft", "entering candidate state", "raft_candidate", [("node", f"Node at {my_ip}:8201 [Candidate]"), ("term", st["term"])])
        L.tick(0.02)
        emit("INFO", "storage.raft", "election won", "raft_won", [("term", st["term"]), ("tally", 2)])
        emit("INFO", "storage.raft", "entering leader state", "raft_leader", [("leader", f"Node at {my_ip}:8201 [Leader]")])
        for p, ip in peers:
            emit("INFO", "storage.raft", "added peer, starting replication", "raft_added_peer", [("peer", p)])
        for p, ip in peers:
            emit("INFO", "storage.raft", "pipelining replication", "raft_pipelining", [("peer", f"{{Voter {p} {ip}:8201}}")])
        emit("INFO", "core", "acquired lock, enabling active operation", "acquired_lock")
        emit("INFO", "core", "post-unseal setup starting", "post_unseal_start")
        emit("INFO", "core", "loaded wrapping token key", "wrapping_key")
        emit("INFO", "core", "successfully setup plugin runtime catalog", "plugin_runtime_catalog")
        emit("INFO", "core", "successfully setup plugin catalog", "plugin_catalog", [("plugin-directory", "")])
        for typ, path, ver in [("system", "sys/", "v1.18.2+builtin.vault"), ("identity", "identity/", "v1.18.2+builtin.vault"), ("kv", "secret/", "v0.20.0+builtin"),
                               ("database", "database/", "v1.18.2+builtin.vault"), ("pki", "pki/", "v1.18.2+builtin.vault"), ("cubbyhole", "cubbyhole/", "v1.18.2+builtin.vault")]:
            emit("INFO", "core", "successfully mounted", "mounted", [("type", typ), ("version", ver), ("path", path), ("namespace", "ID: root. Path: ")])
        for typ, path in [("token", "token/"), ("kubernetes", "kubernetes/"), ("approle", "approle/"), ("ldap", "ldap/")]:
            emit("INFO", "core", "successfully enabled credential backend", "cred_enabled", [("type", typ), ("version", "v0.20.0+builtin" if typ != "token" else "v1.18.2+builtin.vault"), ("path", path), ("namespace", "ID: root. Path: ")])
        emit("INFO", "rollback", "Starting the rollback manager with 256 workers", "rollback_workers")
        emit("INFO", "rollback", "starting rollback manager", "rollback_start")
        emit("INFO", "core", "restoring leases", "restoring_leases")
        L.tick(0.8)
        emit("INFO", "expiration", "lease restore complete", "lease_restore_done")
        emit("INFO", "identity", "entities restored", "entities_restored")
        emit("INFO", "identity", "groups restored", "groups_restored")
        emit("INFO", "core", "starting raft active node", "raft_active_node")
        emit("INFO", "storage.raft", "starting autopilot", "autopilot_start",
             [("config", "&{false 0 10s 24h0m0s 1000 0 10s false redundancy_zone upgrade_version}"), ("reconcile_interval", "0s")])
        emit("INFO", "core", "usage gauge collection is disabled", "usage_gauge")
        emit("INFO", "core", "post-unseal setup complete", "post_unseal_done")

    def revoke():
        if g.r.random() < 0.6:
            lease = f"database/creds/{g.c(apps)}-{g.c(['ro', 'rw'])}/{''.join(g.c(B62) for _ in range(24))}"
        else:
            lease = f"auth/kubernetes/login/h{g.hx(40)}"
        emit("INFO", "expiration", "revoked lease", "revoked_lease", [("lease_id", lease)])

    def tls_err():
        emit("INFO", "http", f"TLS handshake error from {g.c(lbs)}:{g.port()}: {g.c(['EOF', 'EOF', 'EOF', 'read tcp ' + my_ip + ':8200->' + g.c(lbs) + ':' + str(g.port()) + ': read: connection reset by peer', 'remote error: tls: bad certificate'])}", "tls_handshake_error")

    def revoke_fail():
        app = g.c(apps)
        emit("ERROR", "expiration", "failed to revoke lease", "revoke_failed",
             [("lease_id", f"database/creds/{app}-rw/{''.join(g.c(B62) for _ in range(24))}"),
              ("error", f"failed to revoke entry: resp: (*logical.Response)(nil) err: pq: role \"v-kubernet-{app}-rw-{''.join(g.c(B62) for _ in range(20))}-{int(L.t.timestamp()) - g.num(3600, 90000)}\" cannot be dropped because some objects depend on it")])

    def db_user_fail():
        emit("ERROR", mp["database"], "error creating database user", "db_create_user_failed", (),
             ("error", g.c(['pq: password authentication failed for user "vault"', "dial tcp 10.0.4.20:5432: connect: connection refused", 'pq: role "v-approle-reports-ro-7Hs2kQ" already exists'])))

    def ldap_fail():
        emit("ERROR", mp["ldap"], "error getting user bind DN", "ldap_binddn_error", [("error", "LDAP search for binddn 0 or not unique")])

    def k8s_fail():
        emit("ERROR", mp["kubernetes"], "login unauthorized", "k8s_login_unauthorized",
             [("err", g.c(["lookup failed: service account unauthorized; this could mean it has been deleted or recreated with a new token", "service account name not authorized"]))])

    def approle_warn():
        emit("WARN", mp["approle"], "error validating secret ID", "approle_secret_id_invalid", [("role_name", g.c(apps)), ("error", "invalid secret id")])

    def snapshot():
        st["index"] += g.num(8000, 20000)
        idx = st["index"]
        emit("INFO", "storage.raft", "starting snapshot up to", "raft_snapshot_start", [("index", idx)])
        emit("INFO", "storage.raft.snapshot", "creating new snapshot", "raft_snapshot_create", [("path", f"/vault/data/raft/snapshots/{st['term']}-{idx}-{int(L.t.timestamp() * 1000)}.tmp")])
        L.tick(1.5)
        emit("INFO", "storage.raft", "compacting logs", "raft_compacting", [("from", idx - 20000 + 1), ("to", idx - 10000)])
        emit("INFO", "storage.raft.snapshot", "reaping snapshot", "raft_snapshot_reap", [("path", f"/vault/data/raft/snapshots/{st['term']}-{idx - g.num(8000, 20000)}-{int(L.t.timestamp() * 1000) - g.num(10 ** 6, 10 ** 7)}")])
        emit("INFO", "storage.raft", "snapshot complete up to", "raft_snapshot_done", [("index", idx)])

    def peer_lost():
        p, ip = g.c(peers)
        peer = f"{{Voter {p} {ip}:8201}}"
        for _ in range(g.num(1, 3)):
            emit("WARN", "storage.raft", "failed to contact", "raft_failed_contact", [("server-id", p), ("time", f"{g.f(0.5, 9, 6)}s")])
            L.tick(0.5)
        emit("WARN", "storage.raft", "aborting pipeline replication", "raft_abort_pipeline", [("peer", peer)])
        for _ in range(g.num(1, 4)):
            emit("ERROR", "storage.raft", "failed to appendEntries to", "raft_append_failed", [("peer", peer), ("error", f"dial tcp {ip}:8201: connect: connection refused")])
            emit("ERROR", "storage.raft", "failed to heartbeat to", "raft_heartbeat_failed", [("peer", f"{ip}:8201"), ("backoff time", f"{g.c([10, 20, 40, 80, 160])}ms"), ("error", f"dial tcp {ip}:8201: connect: connection refused")])
            L.tick(2)
        emit("INFO", "storage.raft", "pipelining replication", "raft_pipelining", [("peer", peer)])

    def alpn():
        emit("WARN", "core.cluster-listener", "no TLS config found for ALPN", "alpn_no_tls", [("ALPN", '["req_fw_sb-act_v1"]')])

    def forward():
        emit("ERROR", "core", "error during forwarded RPC request", "forward_rpc_error", [("error", g.c(["rpc error: code = Canceled desc = context canceled", "rpc error: code = Unavailable desc = error reading from server: EOF"]))])

    def step_down():
        emit("WARN", "core", "leadership lost, stopping active operation", "leadership_lost")
        emit("INFO", "core", "pre-seal teardown starting", "pre_seal_start")
        emit("INFO", "core", "stopping raft active node", "raft_stop_active")
        emit("INFO", "rollback", "stopping rollback manager", "rollback_stop")
        emit("INFO", "core", "pre-seal teardown complete", "pre_seal_done")
        emit("INFO", "storage.raft", "entering follower state", "raft_follower", [("follower", f"Node at {my_ip}:8201 [Follower]"), ("leader-address", ""), ("leader-id", "")])
        L.tick(3)
        election()

    def tidy():
        emit("INFO", "expiration", "tidy operation on leases is complete", "tidy_done", [("deleted_irrevocable_leases", 0), ("revoked_leases", g.num(0, 40))])

    startup()
    ev = [(34, revoke), (22, tls_err), (1.2, revoke_fail), (0.6, db_user_fail), (3, ldap_fail), (5, k8s_fail), (3, approle_warn), (0.6, snapshot),
          (0.25, peer_lost), (1.5, alpn), (1.5, forward), (0.03, step_down), (0.4, tidy)]
    return L.run(ev, None)


# 2 ---------------------------------------------------------------- Grafana 11.3 (logfmt to stdout, container), alerting on, SQLite
def log_grafana(seed):
    L = Log("grafana_logfmt", seed, "full", True, True)
    g = L.g
    dashboards = [g.alnum(14, B62) for _ in range(12)]
    rules = [g.alnum(14, string.ascii_lowercase + string.digits) for _ in range(10)]
    users = [(1, "admin"), (3, "alice"), (4, "bob"), (7, "carol"), (9, "svc-report")]
    clients = [g.ip() for _ in range(15)]
    ds = [("Prometheus", "prometheus", "P1809F7CD0C75ACF3"), ("Loki", "loki", "P8E80F9AEF21F6940"), ("PostgreSQL", "grafana-postgresql-datasource", "P44368ADAD746BC27")]

    def emit(logger, lv, msg, ev, pre=(), post=()):
        t = L.t
        parts = [f"logger={logger}"] + [f"{k}={goq(v)}" for k, v in pre] + [f"t={t:%Y-%m-%dT%H:%M:%S}.{us6(t)}{g.num(100, 999)}Z", f"level={lv}", f"msg={goq(msg)}"]
        parts += [f"{k}={goq(v)}" for k, v in post]
        L.emit(" ".join(parts), ev, lv, logger)

    def startup():
        emit("settings", "info", "Starting Grafana", "start", post=[("version", "11.3.1"), ("commit", "9b7f6c1b2e"), ("branch", "HEAD"), ("compiled", "2026-11-18T10:21:04Z")])
        emit("settings", "info", "Config loaded from", "config_loaded", post=[("file", "/usr/share/grafana/conf/defaults.ini")])
        emit("settings", "info", "Config loaded from", "config_loaded", post=[("file", "/etc/grafana/grafana.ini")])
        for var in ["GF_PATHS_DATA=/var/lib/grafana", "GF_PATHS_LOGS=/var/log/grafana", "GF_SECURITY_ADMIN_PASSWORD=*********", "GF_SERVER_ROOT_URL=https://grafana.example.com/"]:
            emit("settings", "info", "Config overridden from Environment variable", "config_env", post=[("var", var)])
        emit("settings", "info", "Target", "target", post=[("target", "[all]")])
        emit("settings", "info", "Path Home", "path_home", post=[("path", "/usr/share/grafana")])
        emit("settings", "info", "Path Data", "path_data", post=[("path", "/var/lib/grafana")])
        emit("settings", "info", "Path Logs", "path_logs", post=[("path", "/var/log/grafana")])
        emit("settings", "info", "Path Plugins", "path_plugins", post=[("path", "/var/lib/grafana/plugins")])
        emit("settings", "info", "App mode production", "app_mode")
        emit("featuremgmt", "info", "FeatureToggles", "feature_toggles", post=[("lokiQuerySplitting", "true"), ("alertingSimplifiedRouting", "true"), ("publicDashboards", "true"), ("logsExploreTableVisualisation", "true")])
        emit("sqlstore", "info", "Connecting to DB", "db_connect", post=[("dbtype", "sqlite3")])
        emit("migrator", "info", "Locking database", "migrator_lock")
        emit("migrator", "info", "Starting DB migrations", "migrator_start")
        emit("migrator", "info", "migrations completed", "migrator_done", post=[("performed", 0), ("skipped", 612), ("duration", f"{g.f(0.5, 3, 6)}ms")])
        emit("migrator", "info", "Unlocking database", "migrator_unlock")
        emit("secrets", "info", "Envelope encryption state", "envelope", post=[("enabled", "true"), ("currentprovider", "secretKey.v1")])
        emit("plugin.store", "info", "Loading plugins...", "plugins_loading")
        L.tick(0.3)
        emit("plugin.store", "info", "Plugins loaded", "plugins_loaded", post=[("count", 55), ("duration", f"{g.f(100, 400, 6)}ms")])
        emit("query_data", "info", "Query Service initialization", "query_service")
        emit("live.push_http", "info", "Live Push Gateway initialization", "live_push")
        for name, typ, uid in ds:
            emit("provisioning.datasources", "info", "inserting datasource from configuration", "prov_ds", post=[("name", name), ("uid", uid)])
        emit("provisioning.dashboard", "info", "starting to provision dashboards", "prov_dash_start")
        emit("provisioning.dashboard", "info", "finished to provision dashboards", "prov_dash_done")
        emit("ngalert.state.manager", "info", "Warming state cache for startup", "state_warm")
        emit("ngalert.state.manager", "info", "State cache has been initialized", "state_init", post=[("states", g.num(5, 40)), ("duration", f"{g.f(1, 20, 6)}ms")])
        emit("ngalert.scheduler", "info", "Starting scheduler", "sched_start", post=[("tickInterval", "10s"), ("maxAttempts", 1)])
        emit("ticker", "info", "starting", "ticker_start", post=[("first_tick", f"{L.t:%Y-%m-%dT%H:%M}:{(L.t.second // 10 + 1) * 10 % 60:02d}Z")])
        emit("http.server", "info", "HTTP Server TLS settings", "tls_settings", post=[("MinTLSVersion", "TLS1.2"), ("configuredciphers", "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384")])
        emit("http.server", "info", "HTTP Server Listen", "listen", post=[("address", "[::]:3000"), ("protocol", "https"), ("subUrl", ""), ("socket", "")])
        emit("infra.usagestats.collector", "info", "registering usage stat providers", "usagestats_register", post=[("usageStatsProvidersLen", 2)])

    API = [("/api/dashboards/uid/{d}", "/api/dashboards/uid/:uid", "GET"), ("/api/ds/query?ds_type=prometheus&requestId=SQR{n}", "/api/ds/query", "POST"),
           ("/api/search?query=&starred=false", "/api/search", "GET"), ("/api/annotations?from={ms}&to={ms}&limit=100&matchAny=false&dashboardUID={d}", "/api/annotations", "GET"),
           ("/api/prometheus/grafana/api/v1/rules", "/api/prometheus/grafana/api/v1/rules", "GET"), ("/api/user/auth-tokens/rotate", "/api/user/auth-tokens/rotate", "POST"),
           ("/api/live/ws", "/api/live/ws", "GET"), ("/api/frontend-metrics", "/api/frontend-metrics", "POST"), ("/api/health", "/api/health", "GET")]

    def request():
        path, handler, method = g.c(API)
        uid, name = g.c(users) if handler != "/api/health" else (0, "")
        d = g.c(dashboards)
        status = g.c([200] * 30 + [304, 400, 401, 403, 404, 500, 502])
        if handler == "/api/live/ws":
            status = -1
        p = path.format(d=d, n=g.num(1, 400), ms=int(L.t.timestamp() * 1000) - g.num(0, 10 ** 7))
        dur = g.f(0.2, 900 if handler == "/api/ds/query" else 60, 6)
        post = [("method", method), ("path", p.split("?")[0]), ("status", status), ("remote_addr", g.c(clients)), ("time_ms", int(float(dur))), ("duration", f"{dur}ms"),
                ("size", g.num(0, 90000) if status != -1 else 0), ("referer", f"https://grafana.example.com/d/{d}/{g.c(['node-exporter-full', 'api-latency', 'postgres-overview', 'k8s-cluster'])}" if uid else ""),
                ("handler", handler), ("status_source", "server" if status < 500 or g.r.random() < 0.5 else "downstream")]
        lv = "info"
        if status >= 500:
            lv = "error"
            post.insert(-1, ("error", g.c(["context canceled", "[plugin.downstreamError] client: failed to query data: Post \"http://prometheus:9090/api/v1/query_range\": dial tcp 10.0.3.7:9090: connect: connection refused", "database is locked"])))
        emit("context", lv, "Request Completed", "request_completed", pre=[("userId", uid), ("orgId", 1 if uid else 0), ("uname", name)], post=post)

    def authn():
        emit("authn.service", "warn", "Failed to authenticate request", "authn_failed", post=[("client", g.c(["auth.client.session", "auth.client.api-key", "auth.client.basic"])),
             ("error", g.c(["user token not found", "token needs to be rotated", "[password-auth.failed] failed to authenticate identity: [identity.not-found] no user found", "[api-key.invalid] API key is invalid"]))])

    def proxy():
        uid, name = g.c(users)
        dsn = g.c(ds)
        emit("data-proxy-log", "info", "Proxying incoming request", "proxy", pre=[("userId", uid), ("orgId", 1), ("uname", name), ("path", f"/api/datasources/proxy/uid/{dsn[2]}/api/v1/labels"),
             ("remote_addr", g.c(clients)), ("referer", f"https://grafana.example.com/explore?orgId=1&left={g.hx(8)}")],
             post=[("userid", uid), ("orgid", 1), ("username", name), ("datasource", dsn[1]), ("uri", f"/api/datasources/proxy/uid/{dsn[2]}/api/v1/labels?start={int(L.t.timestamp()) - 3600}&end={int(L.t.timestamp())}"), ("method", "GET"), ("body", "")])

    def eval_fail():
        emit("ngalert.scheduler", "error", "Failed to evaluate rule", "eval_failed", pre=[("rule_uid", g.c(rules)), ("org_id", 1), ("version", g.num(1, 9)), ("fingerprint", g.hx(16)), ("attempt", 0), ("now", f"{L.t:%Y-%m-%dT%H:%M:%S}Z")],
             post=[("error", g.c(["failed to execute query A: context deadline exceeded", "[sse.dataQueryError] failed to execute query [A]: Post \"http://prometheus:9090/api/v1/query_range\": dial tcp 10.0.3.7:9090: connect: connection refused", "failed to build query 'A': data source not found"])),
                   ("duration", f"{g.f(1, 30000, 6)}ms")])

    def stale():
        r = g.c(rules)
        emit("ngalert.state.manager", "info", "Detected stale state entry", "stale_state", pre=[("rule_uid", r), ("org_id", 1)],
             post=[("cacheID", f"[[\"__alert_rule_namespace_uid__\",\"{g.alnum(14)}\"],[\"__alert_rule_uid__\",\"{r}\"],[\"alertname\",\"{g.c(['HighCPU', 'DiskFull', 'Api5xx', 'NodeDown'])}\"],[\"instance\",\"{g.host()}:9100\"]]"),
                   ("state", g.c(["Normal", "Alerting", "Pending"])), ("reason", "")])

    def send_alerts():
        emit("ngalert.sender.router", "info", "Sending alerts to local notifier", "send_local", pre=[("rule_uid", g.c(rules)), ("org_id", 1)], post=[("count", g.num(1, 6))])

    def notify_fail():
        emit("ngalert.notifier.alertmanager", "error", "Notify for alerts failed", "notify_failed", pre=[("org", 1)],
             post=[("component", "alertmanager"), ("orgID", 1), ("component", "dispatcher"), ("num_alerts", g.num(1, 6)),
                   ("err", g.c(["email-ops/email[0]: notify retry canceled due to unrecoverable error after 1 attempts: SMTP not configured, check your grafana.ini config file's [smtp] section",
                                "slack-oncall/slack[0]: notify retry canceled after 3 attempts: failed to send Slack message: Post \"https://hooks.slack.com/services/T000/B000/XXXX\": context deadline exceeded"]))])

    def sync_am():
        emit("ngalert.multiorg.alertmanager", "info", "Synchronizing Alertmanagers for orgs", "am_sync")
        emit("ngalert.multiorg.alertmanager", "info", "Done synchronizing Alertmanagers for orgs", "am_sync_done")

    def live():
        d = g.c(dashboards)
        emit("live", "info", "Initialized channel handler", "live_channel", post=[("channel", f"grafana/dashboard/uid/{d}"), ("address", f"grafana/dashboard/uid/{d}")])

    def locked():
        emit("sqlstore.transactions", "info", "Database locked, sleeping then retrying", "db_locked", post=[("error", "database is locked"), ("retry", g.num(0, 4)), ("code", "database is locked")])

    def cleanup():
        emit("cleanup", "info", "Completed cleanup jobs", "cleanup", post=[("duration", f"{g.f(5, 90, 6)}ms")])

    def update():
        emit("plugins.update.checker", "info", "Update check succeeded", "update_check", post=[("duration", f"{g.f(60, 700, 6)}ms")])

    def query_err():
        uid, name = g.c(users)
        dsn = g.c(ds[2:])
        emit(f"plugin.{dsn[1]}", "error", "Query error", "query_error", pre=[("endpoint", "queryData"), ("pluginId", dsn[1]), ("dsName", dsn[0]), ("dsUID", dsn[2]), ("uname", name), ("fromAlert", "false")],
             post=[("error", g.c(["pq: canceling statement due to statement timeout", "pq: relation \"metrics_daily\" does not exist", "db query error: failed to connect to `host=db.internal user=grafana database=metrics`: dial error (dial tcp 10.0.4.20:5432: connect: connection refused)"]))])

    def restart():
        emit("server", "info", "Shutdown started", "shutdown", post=[("reason", "System signal: terminated")])
        L.tick(4)
        startup()

    startup()
    ev = [(44, request), (7, authn), (5, proxy), (3, eval_fail), (2.5, stale), (2.5, send_alerts), (1, notify_fail), (2.5, sync_am), (3, live), (0.8, locked),
          (0.6, cleanup), (0.2, update), (1.5, query_err), (0.03, restart)]
    return L.run(ev, None)


# 3 ---------------------------------------------------------------- Envoy 1.32 front proxy (xDS from a control plane), stdout: application log and the default access log interleaved
def log_envoy(seed):
    L = Log("envoy_proxy", seed, "full", True, True)
    g = L.g
    clusters = [("orders", "10.0.2.{}:8080"), ("catalog", "10.0.2.{}:8080"), ("payments", "10.0.3.{}:9000"), ("search", "10.0.4.{}:9200")]
    hosts = {c: [pat.format(g.num(10, 250)) for _ in range(3)] for c, pat in clusters}
    authority = {"orders": "api.example.com", "catalog": "api.example.com", "payments": "pay.example.com", "search": "search.example.com"}
    paths = {"orders": ["/v1/orders", "/v1/orders/{id}", "/v1/orders/{id}/items"], "catalog": ["/v1/products", "/v1/products/{id}", "/v1/categories"],
             "payments": ["/v2/charges", "/v2/charges/{id}/capture", "/v2/refunds"], "search": ["/v1/search?q={q}", "/v1/suggest?q={q}"]}
    uas = ["okhttp/4.12.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "python-requests/2.32.3", "Go-http-client/2.0", "curl/8.5.0"]
    st = {"conn": g.num(1000, 9000), "tid": [g.num(20, 40) for _ in range(4)]}

    def app(lv, logger, src, msg, ev, tid=None):
        t = L.t
        L.emit(f"[{t:%Y-%m-%d %H:%M:%S}.{ms3(t)}][{tid if tid is not None else 1}][{lv}][{logger}] [{src}] {msg}", ev, lv, logger)

    def access():
        c = g.c(list(hosts))
        path = g.c(paths[c]).format(id=g.num(10000, 999999), q=g.c(["shoes", "red+dress", "usb-c", "lamp", "garden+hose"]))
        method = "GET" if "{id}" not in path and g.r.random() < 0.7 else g.c(["GET", "POST", "PUT", "DELETE"])
        code = g.c([200] * 24 + [201, 204, 301, 304, 400, 401, 404, 404, 429, 503, 504, 0])
        flags = {503: g.c(["UF", "UO", "-", "URX"]), 504: "UT", 0: "DC", 429: "RL"}.get(code, "-")
        up = g.c(hosts[c]) if flags not in ("UF", "UO", "RL") else "-"
        dur = g.num(1, 900) if code != 504 else 15000
        ust = dur - g.num(0, min(dur, 5)) if up != "-" and code not in (0, 504) else "-"
        xff = g.c([g.ip("pub"), g.ip("pub") + "," + g.ip("10"), "-"])
        t = L.t
        L.emit(f"[{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z] \"{method} {path} HTTP/{g.c(['1.1', '1.1', '2'])}\" {code} {flags} {g.num(0, 4000) if method in ('POST', 'PUT') else 0} {g.num(0, 90000) if code and code < 400 else g.num(0, 200)} "
               f"{dur} {ust} \"{xff}\" \"{g.c(uas)}\" \"{g.uuid()}\" \"{authority[c]}\" \"{up}\"", "access_log")

    def startup():
        app("info", "main", "source/server/server.cc:430", f"initializing epoch 0 (base id=0, hot restart version=11.104)", "init_epoch")
        app("info", "main", "source/server/server.cc:432", "statically linked extensions:", "static_ext")
        for cat, exts in [("envoy.access_loggers", "envoy.access_loggers.file, envoy.access_loggers.http_grpc, envoy.access_loggers.open_telemetry, envoy.access_loggers.stderr, envoy.access_loggers.stdout"),
                          ("envoy.clusters", "envoy.cluster.eds, envoy.cluster.logical_dns, envoy.cluster.original_dst, envoy.cluster.static, envoy.cluster.strict_dns, envoy.clusters.aggregate"),
                          ("envoy.filters.http", "envoy.filters.http.cors, envoy.filters.http.ext_authz, envoy.filters.http.health_check, envoy.filters.http.local_ratelimit, envoy.filters.http.lua, envoy.filters.http.router"),
                          ("envoy.filters.network", "envoy.echo, envoy.ext_authz, envoy.filters.network.http_connection_manager, envoy.filters.network.tcp_proxy, envoy.http_connection_manager"),
                          ("envoy.transport_sockets.upstream", "envoy.transport_sockets.tls, envoy.transport_sockets.raw_buffer, tls, raw_buffer")]:
            app("info", "main", "source/server/server.cc:434", f"  {cat}: {exts}", "static_ext_row")
        app("info", "main", "source/server/server.cc:464", "HTTP header map info:", "header_map_info")
        for hm, size in [("request header map", 760), ("request trailer map", 120), ("response header map", 432), ("response trailer map", 136)]:
            app("info", "main", "source/server/server.cc:467", f"  {hm}: {size} bytes: :authority,:method,:path,:protocol,:scheme,accept,accept-encoding,authorization,content-length,content-type,...", "header_map_row")
        app("info", "admin", "source/server/admin/admin.cc:65", "admin address: 0.0.0.0:9901", "admin_address")
        app("info", "config", "source/server/configuration_impl.cc:168", "loading tracing configuration", "loading_tracing")
        app("info", "config", "source/server/configuration_impl.cc:124", "loading 0 static secret(s)", "loading_secrets")
        app("info", "config", "source/server/configuration_impl.cc:130", "loading 1 cluster(s)", "loading_clusters")
        app("info", "config", "source/server/configuration_impl.cc:134", "loading 0 listener(s)", "loading_listeners")
        app("warning", "main", "source/server/server.cc:928", "There is no configured limit to the number of allowed active downstream connections. Configure a limit in `envoy.resource_monitors.downstream_connections` resource monitor.", "no_conn_limit")
        app("info", "runtime", "source/common/runtime/runtime_impl.cc:614", "RTDS has finished initialization", "rtds_init")
        app("info", "upstream", "source/common/upstream/cluster_manager_impl.cc:240", "cm init: initializing cds", "cm_init_cds")
        cds()
        app("info", "upstream", "source/common/upstream/cluster_manager_impl.cc:245", "cm init: all clusters initialized", "cm_all_init")
        app("info", "main", "source/server/server.cc:958", "all clusters initialized. initializing init manager", "all_clusters_init")
        lds()
        app("info", "config", "source/common/listener_manager/listener_manager_impl.cc:944", "all dependencies initialized. starting workers", "starting_workers")
        app("info", "main", "source/server/server.cc:979", "starting main dispatch loop", "main_loop")

    def cds():
        app("info", "upstream", "source/common/upstream/cds_api_helper.cc:32", f"cds: add {len(hosts)} cluster(s), remove {g.c([0, 0, 1])} cluster(s)", "cds_add")
        app("info", "upstream", "source/common/upstream/cds_api_helper.cc:71", f"cds: added/updated {g.num(0, len(hosts))} cluster(s), skipped {g.num(0, len(hosts))} unmodified cluster(s)", "cds_updated")

    def lds():
        for lst in ["ingress_http", "ingress_https"]:
            app("info", "upstream", "source/common/listener_manager/lds_api.cc:106", f"lds: add/update listener '{lst}'", "lds_update")

    def xds_closed():
        app("warning", "config", "./source/extensions/config_subscription/grpc/grpc_stream.h:193",
            f"DeltaAggregatedResources gRPC config stream to xds_cluster closed since {g.num(30, 400)}s ago: 14, upstream connect error or disconnect/reset before headers. reset reason: connection termination", "xds_closed_since")

    def xds_closed2():
        app("warning", "config", "./source/extensions/config_subscription/grpc/grpc_stream.h:155",
            f"DeltaAggregatedResources gRPC config stream to xds_cluster closed: {g.c(['13, ', '14, upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: Connection refused', '0, '])}", "xds_closed")

    def deprecated():
        app("warning", "misc", "source/common/protobuf/message_validator_impl.cc:21",
            "Deprecated field: type envoy.config.route.v3.RouteAction Using deprecated option 'envoy.config.route.v3.RouteAction.max_grpc_timeout' from file route_components.proto. This configuration will be removed from Envoy soon. Please see https://www.envoyproxy.io/docs/envoy/latest/version_history/version_history for details. If continued use of this field is absolutely necessary, see https://www.envoyproxy.io/docs/envoy/latest/configuration/operations/runtime#using-runtime-overrides-for-deprecated-features for how to apply a temporary and highly discouraged override.", "deprecated_field")

    def update_cds():
        cds()
        if g.r.random() < 0.4:
            lds()

    def rejected():
        app("warning", "config", "source/extensions/config_subscription/grpc/delta_subscription_state.cc:277",
            f"delta config for type.googleapis.com/envoy.config.route.v3.RouteConfiguration rejected: Unknown cluster '{g.c(['payments-v2', 'search-canary', 'orders-shadow'])}'", "config_rejected")
        app("warning", "config", "source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138",
            "gRPC config for type.googleapis.com/envoy.config.route.v3.RouteConfiguration rejected: Unknown cluster", "grpc_config_rejected")

    def lua():
        app("error", "lua", "source/extensions/filters/common/lua/lua.cc:26",
            f"script log: [string \"function envoy_on_request(request_handle)...\"]:{g.c([14, 22])}: attempt to index a nil value (local '{g.c(['auth', 'claims'])}')", "lua_error", g.c(st["tid"]))

    def dns():
        c = g.c(["auth.internal", "geo.internal", "otel-collector.observability.svc"])
        app("warning", "dns", "source/extensions/network/dns_resolver/cares/dns_impl.cc:389", f"dns resolution for {c} failed with c-ares status 12", "dns_failed", g.c(st["tid"]))

    def overload():
        app("warning", "main", "source/server/overload_manager_impl.cc:590", f"Failed to update resource envoy.resource_monitors.fixed_heap: heap size {g.num(10 ** 9, 2 * 10 ** 9)} exceeds max heap size", "overload_update_failed")

    def shutdown():
        app("warning", "main", "source/server/server.cc:1017", "caught ENVOY_SIGTERM", "sigterm")
        app("info", "main", "source/server/server.cc:1166", "shutting down server instance", "shutting_down")
        app("info", "main", "source/server/server.cc:1106", "main dispatch loop exited", "loop_exited")
        app("info", "main", "source/server/server.cc:1158", "exiting", "exiting")
        L.tick(3)
        startup()

    startup()
    ev = [(70, access), (1.2, xds_closed), (0.8, xds_closed2), (0.5, deprecated), (1.2, update_cds), (0.4, rejected), (1, lua), (0.8, dns), (0.2, overload), (0.03, shutdown)]
    return L.run(ev, None)


# 4 ---------------------------------------------------------------- Exchange Server 2019 SMTP Receive protocol log (Frontend transport, W3C-style CSV), hourly files concatenated
def log_exchange(seed):
    L = Log("exchange_smtp_receive", seed, "full", False, False)
    g = L.g
    server = "EX01"
    fqdn = "EX01.contoso.com"
    local = "10.0.0.20"
    senders = [("mail-wr1-f54.google.com", "209.85.221.54"), ("mail-eopbgr80042.outbound.protection.outlook.com", "40.107.8.42"), ("mx.mailgun.example.net", g.ip("pub")),
               ("smtp.partner.example.org", g.ip("pub")), ("o1.email.sendgrid.example", g.ip("pub"))]
    spammers = [g.ip("pub") for _ in range(8)]
    rcpts = [f"{u}@contoso.com" for u in ["alice", "bob", "carol", "dave", "sales", "info", "support", "hr", "erin.kim", "frank.lee"]]
    st = {"hour": None}

    def header():
        t = L.t
        L.emit("#Software: Microsoft Exchange Server", "w3c_software")
        L.emit("#Version: 15.02.1544.014", "w3c_version")
        L.emit("#Log-type: SMTP Receive Protocol Log", "w3c_log_type")
        L.emit(f"#Date: {t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z", "w3c_date", t=t)
        L.emit("#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context", "w3c_fields")

    def csvq(s):
        return f'"{s}"' if ("," in s or '"' in s) else s

    def session(kind):
        if st["hour"] != L.t.hour:
            st["hour"] = L.t.hour
            header()
        sid = "08DD" + g.HX(12)
        seq = [0]
        helo, ip = g.c(senders) if kind != "spam" else (g.c(["User", "ylmf-pc", "WIN-" + g.HX(11), "localhost", "[" + g.c(spammers) + "]"]), g.c(spammers))
        remote = f"{ip}:{g.port()}"
        conn = f"{server}\\Default Frontend {server}"

        def line(ev_ch, data, ctx, event):
            L.tick(0.03)
            t = L.t
            L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},{seq[0]},{local}:25,{remote},{ev_ch},{csvq(data)},{csvq(ctx)}", event)
            seq[0] += 1

        line("+", "", "", "connect")
        line("*", "SMTPSubmit SMTPAcceptAnySender SMTPAcceptAuthoritativeDomainSender AcceptRoutingHeaders", "Set Session Permissions", "set_permissions")
        line(">", f"220 {fqdn} Microsoft ESMTP MAIL Service ready at {L.t:%a, %-d %b %Y %H:%M:%S} +0000", "", "r220_banner")
        line("<", f"EHLO {helo}", "", "c_ehlo")
        ext = "SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES STARTTLS X-ANONYMOUSTLS AUTH NTLM X-EXPS GSSAPI NTLM 8BITMIME BINARYMIME CHUNKING SMTPUTF8 XRDST"
        line(">", f"250  {fqdn} Hello [{ip}] {ext}", "", "r250_ehlo")
        if kind != "spam" or g.r.random() < 0.3:
            line("<", "STARTTLS", "", "c_starttls")
            line(">", "220 2.0.0 SMTP server ready", "", "r220_tls")
            line("*", "", "Sending certificate", "tls_sending_cert")
            line("*", "CN=mail.contoso.com", "Certificate subject", "tls_cert_subject")
            line("*", "CN=R11, O=Let's Encrypt, C=US", "Certificate issuer name", "tls_cert_issuer")
            line("*", "04A1F07C29B3D1E6E0C2A9F3B7D5E8C1A7F2", "Certificate serial number", "tls_cert_serial")
            line("*", "9F2B7C1D3E5A4B6C8D0E1F2A3B4C5D6E7F8A9B0C", "Certificate thumbprint", "tls_cert_thumbprint")
            line("*", "mail.contoso.com;autodiscover.contoso.com;owa.contoso.com", "Certificate alternate names", "tls_cert_names")
            line("*", "", "TLS negotiation succeeded", "tls_ok")
            line("<", f"EHLO {helo}", "", "c_ehlo")
            line(">", f"250  {fqdn} Hello [{ip}] {ext.replace('STARTTLS X-ANONYMOUSTLS ', '')}", "", "r250_ehlo")
        if kind == "spam":
            if g.r.random() < 0.5:
                line("<", f"AUTH LOGIN", "", "c_auth_login")
                line(">", "504 5.7.4 Unrecognized authentication type", "", "r504_auth")
            else:
                line("<", f"MAIL FROM:<{g.c(['admin', 'noreply', 'info'])}@{g.c(['contoso.com', 'paypa1-secure.example', 'dhl-track.example'])}>", "", "c_mail_from")
                line(">", "250 2.1.0 Sender OK", "", "r250_sender")
                for _ in range(g.num(1, 4)):
                    line("<", f"RCPT TO:<{g.c(['ceo', 'accounts', 'test', 'webmaster', 'jsmith'])}@contoso.com>", "", "c_rcpt_to")
                    line(">", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "", "r550_not_found")
                    line("*", "Tarpit for '0.00:00:05' due to '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "", "tarpit")
            if g.r.random() < 0.5:
                line("-", "", "Remote(SocketError)", "disconnect")
                return
            line("<", "QUIT", "", "c_quit")
            line(">", "221 2.0.0 Closing connection.", "", "r221")
            line("-", "", "Local", "disconnect")
            return
        for m in range(g.c([1, 1, 1, 2])):
            size = g.num(2000, 9_000_000)
            line("<", f"MAIL FROM:<{g.email()}> SIZE={size}{g.c(['', ' BODY=8BITMIME', ' BODY=8BITMIME SMTPUTF8'])}", "", "c_mail_from_size")
            line("*", f"{sid};{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z;{m + 1}", "receiving message", "receiving_message")
            line(">", "250 2.1.0 Sender OK", "", "r250_sender")
            for r in g.r.sample(rcpts, g.num(1, 3)):
                line("<", f"RCPT TO:<{r}>", "", "c_rcpt_to")
                line(">", "250 2.1.5 Recipient OK", "", "r250_recipient")
            if g.r.random() < 0.6:
                line("<", f"BDAT {size} LAST", "", "c_bdat_last")
            else:
                line("<", "DATA", "", "c_data")
                line(">", "354 Start mail input; end with <CRLF>.<CRLF>", "", "r354")
            L.tick(0.5)
            if g.r.random() < 0.05:
                line(">", "451 4.7.0 Temporary server error. Please try again later. PRX2 ", "", "r451_prx")
            else:
                line(">", f"250 2.6.0 <{g.alnum(20)}@{helo}> [InternalId={g.num(10 ** 13, 10 ** 14)}, Hostname={fqdn}] {size + g.num(100, 3000)} bytes in {g.f(0.01, 3, 3)}, {g.f(10, 9000, 3)} KB/sec Queued mail for delivery", "", "r250_queued")
        line("<", "QUIT", "", "c_quit")
        line(">", "221 2.0.0 Closing connection.", "", "r221")
        line("-", "", "Local", "disconnect")

    def timeout():
        if st["hour"] != L.t.hour:
            st["hour"] = L.t.hour
            header()
        sid = "08DD" + g.HX(12)
        remote = f"{g.c(spammers)}:{g.port()}"
        t = L.t
        conn = f"{server}\\Default Frontend {server}"
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},0,{local}:25,{remote},+,,", "connect")
        L.tick(0.01)
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},1,{local}:25,{remote},*,SMTPSubmit SMTPAcceptAnySender SMTPAcceptAuthoritativeDomainSender AcceptRoutingHeaders,Set Session Permissions", "set_permissions")
        L.tick(0.01)
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},2,{local}:25,{remote},>,\"220 {fqdn} Microsoft ESMTP MAIL Service ready at {t:%a, %-d %b %Y %H:%M:%S} +0000\",", "r220_banner")
        L.tick(300)
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},3,{local}:25,{remote},>,421 4.4.1 Connection timed out,", "r421_timeout")
        L.tick(0.01)
        t = L.t
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z,{conn},{sid},4,{local}:25,{remote},-,,Local", "disconnect")

    ev = [(60, lambda: session("mail")), (30, lambda: session("spam")), (4, timeout)]
    return L.run(slowed(L, ev, 6), None)

