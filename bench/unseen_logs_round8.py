#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the eighth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.667.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (stack frames, traceback lines, continuation lines, the
lines of a multi-line value, a dump or a record's body) carry the time, level and component of
the record they belong to; a record that has no header at all (a dialplan line of FreeSWITCH, a
progress bar, a banner) gets the time of its neighbours and no level or component.

The true event of a line is the format string that wrote it: a status word, a class name, a
number or a whole description filled into a format string is a variable (FreeSWITCH's
"Dialplan: %s Regex (%s) [%s] %s(%s) =~ /%s/ break=%s", Firefox's "  %s" for each HTTP header
line), while two format strings that look alike are two events. Where the text of a line was
written by another program (the FTP commands a client sent, logged by FileZilla Server), its
event is that program's format. Where a log only writes the minute (Bacula), the true time is
that minute.

usage: unseen_logs_round8.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round8)
"""
import datetime as dt
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round8")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, syslog_ts, B62, ctime, us6, slowed, fill, checked  # noqa: E402


def h12(t):
    """US short date and 12-hour time: "12/1/2026 1:05:09 PM"."""
    h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year} {h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def us_thousands(n):
    return f"{n:,}"


# 1 ---------------------------------------------------------------- Unreal Engine 5.4 dedicated server (a co-op survival game, Linux), Saved/Logs/<Project>.log
@checked
def log_unreal(seed):
    L = Log("unreal_dedicated_server", seed, "full", True, True)
    g = L.g
    st = {"start": L.t, "obj": 2147482390, "players": []}
    names = ["Frostbyte", "xXSlayerXx", "mossy_owl", "Kestrel", "DrPotato", "Lumen", "nightjar77", "Bramble", "ZeroCool", "Vex", "pinecone", "Orrin", "Saffi", "GrumpyBear", "tidecaller", "Wren"]
    MAP = "/Game/Maps/Hollowfen_Main"
    driver = "GameNetDriver IpNetDriver_2147482390"
    classes = ["BP_Generator_C", "BP_Door_C", "BP_StorageCrate_C", "BP_Campfire_C", "BP_Turret_C", "BP_Trap_Spike_C"]
    npcs = ["BP_Wolf_C", "BP_Boar_C", "BP_Bandit_C", "BP_Stag_C"]

    def frame():
        return int((L.t - st["start"]).total_seconds() * 30) % 1000

    def ue(cat, verb, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(0, 2500))
        t = L.t
        L.emit(f"[{t:%Y.%m.%d-%H.%M.%S}:{ms3(t)}][{frame():3d}]{cat}: {verb + ': ' if verb else ''}{msg}", ev, verb, cat)
        for text, e in cont:
            L.emit(text, e, verb, cat)

    def bare(cat, verb, msg, ev):
        L.emit(f"{cat}: {verb + ': ' if verb else ''}{msg}", ev, verb, cat)

    def nextobj():
        st["obj"] -= g.num(3, 40)
        return st["obj"]

    def conn_desc(p, pc=True):
        if pc and p.get("pc"):
            return (f"[UNetConnection] RemoteAddr: {p['addr']}, Name: IpConnection_{p['conn']}, Driver: {driver}, IsServer: YES, "
                    f"PC: BP_PlayerController_C_{p['pc']}, Owner: BP_PlayerController_C_{p['pc']}, UniqueId: EOS:{p['eos']}")
        return f"[UNetConnection] RemoteAddr: {p['addr']}, Name: IpConnection_{p['conn']}, Driver: {driver}, IsServer: YES, PC: NULL, Owner: NULL, UniqueId: INVALID"

    def startup():
        L.emit(f"Log file open, {L.t:%m/%d/%y %H:%M:%S}", "log_file_open")
        bare("LogInit", "Display", "Running engine for game: Hollowfen", "running_engine")
        bare("LogCore", "Display", "UTS: The Unreal Trace Server binary is not available ('/home/steam/hollowfen/Engine/Binaries/Linux/UnrealTraceServer')", "uts_missing")
        bare("LogTrace", None, "Initializing trace...", "trace_init")
        bare("LogTrace", None, "Finished trace initialization.", "trace_init_done")
        bare("LogCsvProfiler", "Display", "Metadata set : platform=\"Linux\"", "csv_metadata")
        bare("LogCsvProfiler", "Display", "Metadata set : config=\"Shipping\"", "csv_metadata")
        bare("LogCsvProfiler", "Display", "Metadata set : buildversion=\"++UE5+Release-5.4-CL-35576357\"", "csv_metadata")
        bare("LogPakFile", "Display", "Found Pak file ../../../Hollowfen/Content/Paks/Hollowfen-LinuxServer.pak attempting to mount.", "pak_found")
        bare("LogPakFile", "Display", "Mounting pak file ../../../Hollowfen/Content/Paks/Hollowfen-LinuxServer.pak.", "pak_mounting")
        ue("LogConfig", None, "Applying CVar settings from Section [/Script/Engine.RendererSettings] File [Engine]", "cvar_section")
        ue("LogConfig", None, "Set CVar [[net.MaxPlayersOverride:16]]", "set_cvar")
        ue("LogConfig", None, "Set CVar [[net.IgnoreNetworkChecksumMismatch:0]]", "set_cvar")
        ue("LogInit", None, "Build: ++UE5+Release-5.4-CL-35576357", "init_build")
        ue("LogInit", None, "Engine Version: 5.4.4-35576357+++UE5+Release-5.4", "init_engine_version")
        ue("LogInit", None, "Compatible Engine Version: 5.4.0-33043543+++UE5+Release-5.4", "init_compat_version")
        ue("LogInit", None, "OS: Ubuntu 22.04.5 LTS (6.8.0-1017-azure), CPU: AMD EPYC 7763 64-Core Processor                , GPU: UnknownVendor PCI-id: 0-0 (0-0)", "init_os")
        ue("LogInit", None, "Compiled (64-bit): Nov 14 2026 17:02:11", "init_compiled")
        ue("LogInit", None, "Command Line: Hollowfen_Main -log -port=7777 -QueryPort=27015 -MaxPlayers=16 -SteamServerName=\"Hollowfen EU #3\"", "init_cmdline")
        ue("LogInit", None, "Base Directory: /home/steam/hollowfen/Hollowfen/Binaries/Linux/", "init_basedir")
        ue("LogInit", None, "Allocator: Binned2", "init_allocator")
        ue("LogInit", "Display", "Game Engine Initialized.", "game_engine_init")
        ue("LogOnline", None, "OSS: Creating online subsystem instance for: EOS", "oss_creating")
        ue("LogEOS", None, "[LogEOS] Updating Platform SDK Config, Time: 0.512345", "eos_sdk_config")
        ue("LogNet", None, "Created socket for bind address: 0.0.0.0 on port 7777", "socket_created")
        ue("LogNet", "Display", f"{driver} bound to port 7777", "driver_bound")
        ue("LogNet", None, f"{driver} IpNetDriver listening on port 7777", "driver_listening")
        ue("LogWorld", None, f"Bringing World {MAP}.Hollowfen_Main up for play (max tick rate 30) at {L.t:%Y.%m.%d-%H.%M.%S}", "bringing_world")
        ue("LogWorld", None, "Bringing up level for play took: 0.812345", "bring_up_took")
        ue("LogLoad", None, f"Took {g.f(0.4, 2.5, 6)} seconds to LoadMap({MAP})", "took_loadmap")
        ue("LogInit", "Display", "Engine is initialized. Leaving FEngineLoop::Init()", "engine_initialized")
        ue("LogLoad", None, f"(Engine Initialization) Total time: {g.f(4, 12, 2)} seconds", "engine_init_total")
        ue("LogHollowfen", "Display", "World save loaded: slot=World_01 day=34 structures=1843 (212 ms)", "world_save_loaded")

    def join():
        if len(st["players"]) >= 14:
            return leave()
        free = [n for n in names if n not in [p["name"] for p in st["players"]]]
        p = {"name": g.c(free), "addr": f"{g.ip('pub')}:{g.port()}", "conn": nextobj(), "pc": None, "eos": g.hx(32)}
        ue("LogNet", None, f"NotifyAcceptingConnection accepted from: {p['addr']}", "accepting_connection")
        L.tick(0.05)
        ue("LogNet", None, f"Server accepting post-challenge connection from: {p['addr']}", "post_challenge")
        ue("LogNet", None, f"NotifyAcceptedConnection: Name: Hollowfen_Main, TimeStamp: {L.t:%m/%d/%y %H:%M:%S}, {conn_desc(p)}", "accepted_connection")
        ue("LogNet", None, f"AddClientConnection: Added client connection: {conn_desc(p)}", "add_client_connection")
        if g.r.random() < 0.05:
            ue("LogNet", "Warning", f"NotifyControlMessage: Client connecting with invalid version. LocalNetworkVersion: 3841102542, RemoteNetworkVersion: {g.num(10 ** 9, 4 * 10 ** 9)}", "invalid_version")
            close(p, "Outdated", "Outdated")
            return
        L.tick(0.2)
        ue("LogNet", None, f"Login request: ?Name={p['name']}?SplitscreenCount=1 userId: EOS:{p['eos']} platform: EOS", "login_request")
        ue("LogNet", None, f"Client netspeed is {g.c([100000, 100000, 30000, 10000])}", "client_netspeed")
        L.tick(0.5)
        ue("LogNet", None, f"Join request: {MAP}?Name={p['name']}?SplitscreenCount=1", "join_request")
        p["pc"] = nextobj()
        st["players"].append(p)
        ue("LogHollowfen", "Display", f"Player {p['name']} (EOS:{p['eos']}) joined, {len(st['players'])}/16 players", "player_joined")
        ue("LogNet", None, f"Join succeeded: {p['name']}", "join_succeeded")

    def close(p, result, ctx):
        ue("LogNet", None, f"UNetConnection::Close: {conn_desc(p)}, Channels: {g.num(8, 90)}, Time: {L.t:%Y.%m.%d-%H.%M.%S}", "connection_close")
        ue("LogNet", None, "UNetConnection::SendCloseReason:", "send_close_reason")
        ue("LogNet", None, f" - Result={result}, ErrorContext=\"{ctx}\"", "close_reason_result")
        ue("LogNet", None, f"UChannel::Close: Sending CloseBunch. ChIndex == 0. Name: [UChannel] ChIndex: 0, Closing: 0 {conn_desc(p)}", "channel_close")

    def leave():
        if not st["players"]:
            return join()
        p = g.c(st["players"])
        st["players"].remove(p)
        if g.r.random() < 0.8:
            ue("LogNet", None, "UChannel::ReceivedSequencedBunch: Bunch.bClose == true. ChIndex == 0. Calling ConditionalCleanUp.", "bunch_close")
            ue("LogNet", None, f"UChannel::CleanUp: ChIndex == 0. Closing connection. [UChannel] ChIndex: 0, Closing: 0 {conn_desc(p)}", "channel_cleanup")
            close(p, "ControlChannelClose", "ControlChannelClose")
            reason = "Quit"
        else:
            el = g.c(["60.00", "60.01", "60.02"])
            tail = f"Elapsed: {el}, Real: {el}, Good: {el}, DriverTime: {(L.t - st['start']).total_seconds():.2f}, Threshold: 60.00, {conn_desc(p)}"
            ue("LogNet", "Warning", f"UNetConnection::Tick: Connection TIMED OUT. Closing connection.. {tail}", "timed_out")
            ue("LogNet", "Warning", f"Network Failure: GameNetDriver[ConnectionTimeout]: UNetConnection::Tick: Connection TIMED OUT. Closing connection.. {tail}", "network_failure")
            close(p, "ConnectionTimeout", "ConnectionTimeout")
            reason = "Timeout"
        ue("LogHollowfen", "Display", f"Player {p['name']} left (reason: {reason}), {len(st['players'])}/16 players", "player_left")

    def movement():
        if not st["players"]:
            return join()
        ts = (L.t - st["start"]).total_seconds() - g.r.uniform(0.5, 3)
        ue("LogNetPlayerMovement", "Warning", f"ServerMove: TimeStamp expired: {ts:.6f}, CurrentTimeStamp: {ts + g.r.uniform(0.4, 2):.6f}, Character: BP_Survivor_C_{g.num(2147470000, 2147482000)}", "timestamp_expired")

    def accessed_none():
        cls = g.c(classes)
        prop = g.c(["CallFunc_GetPlayerCharacter_ReturnValue", "K2Node_DynamicCast_AsBP_Survivor", "OwningPlayer", "CallFunc_GetOwner_ReturnValue", "TargetActor"])
        ue("LogScript", "Warning", f"Accessed None trying to read property {prop}", "accessed_none",
           [(f"\t{cls} {MAP}.Hollowfen_Main:PersistentLevel.{cls}_{g.num(1, 400)}", "script_ctx_object"),
            (f"\tFunction /Game/Blueprints/Buildables/{cls[:-2]}.{cls}:ExecuteUbergraph_{cls[:-2]}:{g.num(100, 4000):04X}", "script_ctx_function")])

    def script_msg():
        cls = g.c(classes)
        ue("LogScript", "Warning", f"Script Msg: {g.c(['Divide by zero: Divide_IntInt', 'Attempted to access index 3 from array CallFunc_GetAllActorsOfClass_OutActors of length 3!', 'A null object was passed as a world context object to UEngine::GetWorldFromContextObject().'])}", "script_msg")
        ue("LogScript", "Warning", f"Script Msg called by: {cls} {MAP}.Hollowfen_Main:PersistentLevel.{cls}_{g.num(1, 400)}", "script_msg_called_by")

    def stuck():
        n = g.c(npcs)
        ue("LogCharacterMovement", None, f"{n}_{g.num(2147470000, 2147482000)} is stuck and failed to move! Velocity: X=0.000 Y=0.000 Z={g.c(['-980.000', '0.000', '-12.250'])} "
           f"Location: X={g.f(-90000, 90000, 3)} Y={g.f(-90000, 90000, 3)} Z={g.f(-200, 4000, 3)} Normal: X={g.f(-1, 1, 3)} Y={g.f(-1, 1, 3)} Z={g.f(0, 1, 3)} PenetrationDepth:{g.f(0, 8, 3)} "
           f"Actor:{g.c(['BP_Rock_C', 'Landscape', 'BP_Wall_Wood_C', 'BP_Foundation_C'])}_{g.num(0, 900)} Component:{g.c(['StaticMeshComponent0', 'CollisionComponent', 'LandscapeHeightfieldCollisionComponent'])}_{g.num(0, 90)} BoneName:None (ShouldLog=true)", "stuck")

    def no_owner():
        ue("LogNet", "Warning", f"UIpNetDriver::ProcessRemoteFunction: No owning connection for actor BP_Survivor_C_{g.num(2147470000, 2147482000)}. Function {g.c(['ServerUpdateInventory', 'ServerSetAim', 'ServerInteract', 'ServerFireWeapon'])} will not be processed.", "no_owning_connection")

    def autosave():
        ue("LogHollowfen", "Display", f"Autosave started (slot: World_01, {len(st['players'])} players)", "autosave_started")
        L.tick(0.3)
        ue("LogHollowfen", "Display", f"Autosave completed in {g.num(90, 900)} ms ({g.num(1800, 2600)} structures, {g.num(20, 400)} containers)", "autosave_done")

    def stats():
        ue("LogHollowfen", None, f"ServerStats: players={len(st['players'])} actors={g.num(8000, 16000)} tick={g.f(18, 40, 1)}ms mem={g.f(5, 9, 2)}GB", "server_stats")

    def http_fail():
        err = g.c(["28 (Timeout was reached)", "7 (Couldn't connect to server)", "6 (Couldn't resolve host name)"])
        ue("LogHttp", "Warning", f"0x{g.hx(12)}: request failed, libcurl error: {err}", "http_failed")
        ue("LogHttp", "Warning", f"0x{g.hx(12)}: libcurl info message cache 0 (Connection #0 to host api.hollowfen.example left intact)", "http_curl_info")
        ue("LogHollowfen", "Error", f"Telemetry upload failed (HTTP 0), {g.num(1, 40)} events queued", "telemetry_failed")

    def eos_warn():
        msg, ev = g.c([("[LogEOSAuth] Unable to get Epic account id from product user id - No logged in user found", "eos_no_epic_account"),
                       ("[LogEOSSessions] UpdateSession: Session not found", "eos_session_not_found"),
                       (f"[LogEOS] Error response received from backend. ServiceName=[Sessions], OperationName=[UpdateSession], Url=[<Redacted>], HttpStatus=[{g.c([429, 500, 503])}], ErrorCode=[errors.com.epicgames.common.server_error]", "eos_backend_error")])
        ue("LogEOS", "Warning", msg, ev)

    def session_warn():
        ue("LogOnlineSession", "Warning", "OSS: No game present to leave for session (GameSession)", "no_game_present")

    def world_event():
        k = g.num(0, 2)
        if k == 0:
            ue("LogHollowfen", "Display", f"Day {g.num(35, 60)} started (weather: {g.c(['Clear', 'Fog', 'Rain', 'Storm'])})", "day_started")
        elif k == 1:
            ue("LogHollowfen", "Display", f"Raid spawned at outpost {g.c(['Marsh', 'Quarry', 'Old Mill', 'Ridge'])}: {g.num(3, 12)} {g.c(['bandits', 'wolves'])}", "raid_spawned")
        else:
            ue("LogHollowfen", "Warning", f"Structure integrity failed for BP_Foundation_C_{g.num(1, 2000)} (support {g.f(0, 0.2, 2)}), collapsing {g.num(1, 30)} pieces", "structure_collapse")

    def admin():
        if not st["players"]:
            return join()
        p = g.c(st["players"])
        cmd = g.c(["kick", "ban", "broadcast", "save", "settime"])
        ue("LogHollowfen", "Display", f"Admin command '{cmd}' issued by {p['name']} (EOS:{p['eos']})", "admin_command")

    def restart():
        ue("LogHollowfen", "Display", "Shutdown requested (reason: scheduled restart)", "shutdown_requested")
        for p in list(st["players"]):
            close(p, "HostClosedConnection", "HostClosedConnection")
        st["players"] = []
        ue("LogExit", None, "Preparing to exit.", "preparing_exit")
        ue("LogWorld", None, "UWorld::CleanupWorld for Hollowfen_Main, bSessionEnded=true, bCleanupResources=true", "cleanup_world")
        ue("LogExit", None, "Object subsystem successfully closed.", "object_subsystem_closed")
        ue("LogExit", None, "Exiting.", "exiting")
        L.emit(f"Log file closed, {L.t:%m/%d/%y %H:%M:%S}", "log_file_closed")
        L.tick(20)
        st["start"] = L.t
        startup()

    startup()
    ev = [(10, join), (9, leave), (14, movement), (5, accessed_none), (2.5, script_msg), (4, stuck), (2, no_owner), (1.2, autosave), (8, stats),
          (0.6, http_fail), (1.5, eos_warn), (0.8, session_warn), (1.5, world_event), (0.8, admin), (0.03, restart)]
    return L.run(slowed(L, ev, 6), None)


# 2 ---------------------------------------------------------------- HPE Aruba 2930F access switches (ArubaOS-Switch 16.11): `show logging` of three switches saved one after another by a nightly script
@checked
def log_aruba(seed):
    L = Log("aruba_show_logging", seed, "full", True, True)
    g = L.g
    LV = {"I": "I|info", "W": "W|warn", "M": "M|major", "E": "E|error", "D": "D|debug"}
    admins = [("10.0.0.5", "netops"), ("10.0.0.12", "alice"), ("10.0.0.13", "bob")]
    switches = [("sw-acc-1", "10.0.1.11", "9457a5-1b2c3d"), ("sw-acc-2", "10.0.1.12", "9457a5-4e5f60"), ("sw-acc-3", "10.0.1.13", "9457a5-71a2b3")]
    st = {"seq": 20}

    def e(lt, num, comp, msg, ev):
        L.emit(f"{lt} {L.t:%m/%d/%y %H:%M:%S} {num:05d} {comp}: {msg}", ev, LV[lt], comp)

    port = lambda: g.num(1, 48)

    def boot(name, ip, down):
        e("I", 61, "system", "-----------------------------------------------------------", "system_separator")
        e("I", 63, "system", f"System went down:  {down:%m/%d/%y %H:%M:%S}", "system_went_down")
        if g.r.random() < 0.75:
            e("I", 64, "system", g.c(["Operator warm reboot from CLI (SSH) session.", "Operator cold reboot from CONSOLE session."]), "operator_reboot")
        else:
            e("I", 64, "system", "Power failure", "power_failure")
        e("I", 68, "chassis", "Slot A Ready", "slot_ready")
        e("I", 410, "SNTP", "Client SNTP unicast mode is enabled", "sntp_unicast")
        e("I", 690, "udpf", "DHCP relay agent feature enabled", "dhcp_relay_enabled")
        e("I", 2620, "ip", f"VLAN 10 - IP address {ip} configured", "ip_configured")
        for p in sorted(g.r.sample(range(1, 49), 6)):
            L.t += dt.timedelta(milliseconds=g.num(50, 400))
            e("I", 76, "ports", f"port {p} is now on-line", "port_online")
        e("I", 76, "ports", "port 49 is now on-line", "port_online")
        e("I", 839, "mstp", f"CST Root changed from 32768:{g.c(switches)[2]} to 4096:9457a5-00c0de", "cst_root_changed")
        e("I", 842, "mstp", "CST Root Port changed from 0 to 49", "cst_root_port")
        if g.r.random() < 0.3:
            e("W", 2636, "SNMP", f"Security access violation from {g.ip()} for the community name or user name : public", "snmp_violation")

    def link():
        p = port()
        if g.r.random() < 0.5:
            e("I", 77, "ports", f"port {p} is now off-line", "port_offline")
        else:
            e("I", 76, "ports", f"port {p} is now on-line", "port_online")

    def flap():
        p = port()
        for _ in range(g.num(2, 4)):
            e("I", 77, "ports", f"port {p} is now off-line", "port_offline")
            L.tick(3)
            e("I", 76, "ports", f"port {p} is now on-line", "port_online")
            L.tick(5)

    def poe():
        p = port()
        k = g.num(0, 3)
        if k == 0:
            e("I", 560, "ports", f"port {p} PD Detected.", "pd_detected")
            e("I", 561, "ports", f"port {p} Applying Power to PD.", "pd_applying_power")
        elif k == 1:
            e("I", 562, "ports", f"port {p} PD Removed.", "pd_removed")
        elif k == 2:
            e("W", 563, "ports", f"port {p} PD Denied power due to insufficient power allocation.", "pd_denied")
        else:
            e("W", 567, "ports", f"port {p} PD Over Current indication.", "pd_overcurrent")

    def ffi():
        p = port()
        k = g.num(0, 2)
        if k == 0:
            e("W", 331, "FFI", f"port {p}-Excessive Broadcasts. See help.", "ffi_broadcasts")
        elif k == 1:
            e("W", 329, "FFI", f"port {p}-High collision or drop rate. See help.", "ffi_collisions")
        else:
            e("W", 327, "FFI", f"port {p}-Excessive CRC/alignment errors. See help.", "ffi_crc")

    def stp():
        p = port()
        if g.r.random() < 0.5:
            e("I", 435, "ports", f"port {p} is Blocked by {g.c(['STP', 'STP', 'LACP', 'AAA'])}", "port_blocked")
        else:
            e("I", 842, "mstp", f"CST Root Port changed from 49 to {g.c([49, 50, 51])}", "cst_root_port")

    def loop():
        p = port()
        e("W", 828, "loop-protect", f"port {p} disabled - loop detected on port {p}.", "loop_detected")
        e("I", 77, "ports", f"port {p} is now off-line", "port_offline")
        L.tick(300)
        e("I", 836, "loop-protect", f"port {p} re-enabled after disable timer expiry.", "loop_reenabled")
        e("I", 76, "ports", f"port {p} is now on-line", "port_online")

    def login():
        ip, u = g.c(admins)
        if g.r.random() < 0.15:
            e("W", 419, "auth", "Invalid user name/password on SSH session.", "auth_invalid")
            return
        e("I", 179, "mgr", f"SME SSH from {ip} - MANAGER Mode", "sme_ssh")
        if g.r.random() < 0.4:
            L.tick(60)
            st["seq"] += 1
            e("I", 3125, "mgr", f"Startup configuration changed by SSH. New seq. number {st['seq']}", "startup_config_changed")

    def macauth():
        p = port()
        mac = f"{g.hx(6)}-{g.hx(6)}"
        if g.r.random() < 0.6:
            e("W", 2600, "mac-auth", f"Port {p}: client {mac} authentication failed (RADIUS: reject)", "macauth_failed")
        else:
            e("I", 2601, "mac-auth", f"Port {p}: client {mac} authenticated, VLAN {g.c([20, 30, 40])}", "macauth_ok")

    def snoop():
        e("W", 729, "dhcp-snoop", f"Untrusted server 192.168.{g.num(0, 2)}.1 detected on port {port()}", "untrusted_dhcp")
        if g.r.random() < 0.5:
            e("W", 727, "dhcp-snoop", "Ceasing untrusted server logs for 5m", "ceasing_logs")

    def sntp():
        e("I", 410, "SNTP", f"Updated time by {g.num(-2, 2)} seconds from server at 10.0.0.1.", "sntp_updated")

    def radius():
        e("W", 2645, "RADIUS", f"No response from RADIUS server {g.c(['10.0.0.30', '10.0.0.31'])}", "radius_no_response")

    def fan():
        if g.r.random() < 0.5:
            e("M", 71, "chassis", f"Fan {g.num(1, 3)} Failed", "fan_failed")
        else:
            e("E", 558, "ports", f"port {port()} PoE controller fault (code 0x{g.hx(2)})", "poe_fault")

    def dbg():
        e("D", 2234, "lldp", f"Port {port()}: neighbor {g.mac()} aged out", "lldp_aged")

    ev = [(30, link), (3, flap), (10, poe), (5, ffi), (4, stp), (0.6, loop), (4, login), (6, macauth), (1.5, snoop), (4, sntp), (1.2, radius), (0.3, fan), (2, dbg)]
    for k, (name, ip, mac) in enumerate(switches):
        start = L.t = dt.datetime(2026, 11, 28, 3, 14, 2, tzinfo=UTC) + dt.timedelta(minutes=g.num(0, 120))
        L.emit(f"{name}# show logging", "cli_prompt", t=L.t)
        L.emit(" Keys:   W=Warning   I=Information", "keys_1")
        L.emit("         M=Major     D=Debug E=Error", "keys_2")
        L.emit("----  Event Log listing: Events Since Boot  ----", "listing_head")
        n0 = len(L.rows)
        boot(name, ip, start - dt.timedelta(seconds=g.num(80, 3600)))
        until = (N_LINES * (k + 1)) // len(switches) - 2 if k < len(switches) - 1 else N_LINES - 1
        fill(L, ev, until, 900)
        L.emit(f"----  Bottom of Log : Events Listed = {len(L.rows) - n0}  ----", "listing_bottom")
        if k < len(switches) - 1:
            L.emit(f"{name}# exit", "cli_exit")
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- FreeSWITCH 1.10.12 /usr/local/freeswitch/log/freeswitch.log (file loglevel debug): an office PBX with one SIP trunk, on the open internet
@checked
def log_freeswitch(seed):
    L = Log("freeswitch_log", seed, "full", True, True)
    g = L.g
    dom = "pbx.example.com"
    exts = {str(1000 + i): (f"10.0.1.{g.num(20, 200)}", g.c(["Yealink SIP-T54W 96.86.0.70", "Grandstream GXP2170 1.0.11.64", "Linphone Desktop/5.2.6", "Zoiper rv2.10.20.3"])) for i in range(1, 19)}
    scanners = [g.ip("pub") for _ in range(6)]
    st = {"sess": g.num(1000, 5000)}

    def idle():
        return f"{g.r.uniform(93, 99.9):.2f}%"

    def fs(lv, src, msg, ev, uuid=None, cont=()):
        L.t += dt.timedelta(microseconds=g.num(5, 900))
        t = L.t
        pre = f"{uuid} " if uuid else ""
        comp = src.split(":")[0]
        L.emit(f"{pre}{t:%Y-%m-%d %H:%M:%S}.{us6(t)} {idle()} [{lv}] {src} {msg}", ev, lv, comp)
        for text, e in cont:
            L.emit(text, e, lv, comp)

    def clean(uuid, text, ev):
        L.emit(f"{uuid} {text}", ev)

    def dial(chan, uuid, dest, steps):
        clean(uuid, f"Dialplan: {chan} parsing [default->unloop] continue=false", "dp_parsing")
        clean(uuid, f"Dialplan: {chan} Regex (PASS) [unloop] ${{unroll_loops}}(true) =~ /^true$/ break=on-false", "dp_regex")
        clean(uuid, f"Dialplan: {chan} Regex (FAIL) [unloop] ${{sip_looped_call}}() =~ /^true$/ break=on-false", "dp_regex")
        for ext, cond, rx, passed in steps:
            clean(uuid, f"Dialplan: {chan} parsing [default->{ext}] continue={'true' if ext == 'global' else 'false'}", "dp_parsing")
            clean(uuid, f"Dialplan: {chan} Regex ({'PASS' if passed else 'FAIL'}) [{ext}] {cond}({dest if cond == 'destination_number' else ''}) =~ /{rx}/ break={'never' if ext == 'global' else 'on-false'}", "dp_regex")
            if ext == "global" and not passed and g.r.random() < 0.5:
                clean(uuid, f"Dialplan: {chan} ANTI-Action export(RFC2822_DATE=${{strftime(%a, %d %b %Y %T %z)}})", "dp_anti_action")
            if passed:
                return ext
        return None

    def action(chan, uuid, app, arg):
        clean(uuid, f"Dialplan: {chan} Action {app}({arg})", "dp_action")

    def execute(chan, uuid, app, arg):
        clean(uuid, f"EXECUTE [depth=0] {chan} {app}({arg})", "execute")

    def state(chan, uuid, s, cur):
        fs("DEBUG", "switch_core_state_machine.c:585", f"({chan}) Running State Change {s} (Cur {cur} Tot {st['sess']})", "running_state_change", uuid)
        fs("DEBUG", "switch_core_state_machine.c:640", f"({chan}) State {s[3:]}", "state", uuid)

    def new_session():
        st["sess"] += 1
        return g.uuid()

    def end(chan, uuid, cs, cause):
        fs("NOTICE", "sofia.c:1065", f"Hangup {chan} [{cs}] [{cause}]", "hangup", uuid)
        fs("DEBUG", "switch_channel.c:2643", f"({chan}) Callstate Change {g.c(['ACTIVE', 'RINGING', 'EARLY'])} -> HANGUP", "callstate_change", uuid)
        fs("NOTICE", "switch_core_session.c:1744", f"Session {st['sess'] - g.num(0, 3)} ({chan}) Ended", "session_ended", uuid)
        fs("NOTICE", "switch_core_session.c:1762", f"Close Channel {chan} [CS_DESTROY]", "close_channel", uuid)

    def internal_call():
        a, b = g.r.sample(list(exts), 2)
        A, B = new_session(), None
        chA = f"sofia/internal/{a}@{dom}"
        fs("NOTICE", "switch_channel.c:1142", f"New Channel {chA} [{A}]", "new_channel", A)
        state(chA, A, "CS_NEW", 1)
        state(chA, A, "CS_INIT", 1)
        state(chA, A, "CS_ROUTING", 1)
        fs("INFO", "mod_dialplan_xml.c:639", f"Processing {a} <{a}>->{b} in context default", "processing", A)
        ext = dial(chA, A, b, [("tod_example", "${time_of_day}", "^(09|1[0-7])", False), ("global", "${call_debug}", "^true$", False), ("local_extension", "destination_number", "^(10[01][0-9])$", True)])
        for app, arg in [("export", f"dialed_extension={b}"), ("bind_meta_app", "1 b s execute_extension::dx XML features"), ("set", "ringback=${us-ring}"), ("set", "call_timeout=30"),
                         ("set", "hangup_after_bridge=true"), ("bridge", "user/${dialed_extension}@${domain_name}")]:
            action(chA, A, app, arg)
        state(chA, A, "CS_EXECUTE", 1)
        for app, arg in [("export", f"dialed_extension={b}"), ("bind_meta_app", "1 b s execute_extension::dx XML features"), ("set", "ringback=%(2000,4000,440,480)"), ("set", "call_timeout=30"),
                         ("set", "hangup_after_bridge=true")]:
            execute(chA, A, app, arg)
        execute(chA, A, "bridge", f"user/{b}@{dom}")
        L.tick(0.1)
        r = g.r.random()
        if r < 0.12:
            fs("NOTICE", "switch_ivr_originate.c:2233", "Cannot create outgoing channel of type [user] cause: [USER_NOT_REGISTERED]", "cannot_create", A)
            fs("INFO", "switch_ivr_originate.c:3898", "Originate Resulted in Error Cause: 606 [USER_NOT_REGISTERED]", "originate_error", A)
            execute(chA, A, "answer", "")
            fs("NOTICE", "mod_dptools.c:1178", f"Channel [{chA}] has been answered", "answered", A)
            execute(chA, A, "voicemail", f"default {dom} {b}")
            L.tick(25)
            end(chA, A, "CS_EXECUTE", "NORMAL_CLEARING")
            return
        B = new_session()
        ipb, ua = exts[b]
        chB = f"sofia/internal/{b}@{ipb}:5060"
        fs("NOTICE", "switch_channel.c:1142", f"New Channel {chB} [{B}]", "new_channel", B)
        state(chB, B, "CS_NEW", 2)
        L.tick(0.3)
        fs("NOTICE", "sofia.c:7428", f"Ring-Ready {chB}!", "ring_ready", B)
        fs("DEBUG", "switch_channel.c:2643", f"({chB}) Callstate Change DOWN -> RINGING", "callstate_change", B)
        L.tick(6)
        if r < 0.3:
            code, cause = g.c([(17, "USER_BUSY"), (19, "NO_ANSWER"), (21, "CALL_REJECTED")])
            fs("NOTICE", "sofia.c:1065", f"Hangup {chB} [CS_CONSUME_MEDIA] [{cause}]", "hangup", B)
            fs("INFO", "switch_ivr_originate.c:3898", f"Originate Resulted in Error Cause: {code} [{cause}]", "originate_error", A)
            end(chA, A, "CS_EXECUTE", "NORMAL_CLEARING")
            return
        fs("NOTICE", "sofia.c:8736", f"Channel [{chB}] has been answered", "answered", B)
        fs("DEBUG", "switch_ivr_originate.c:3808", f"Originate Resulted in Success: [{chB}] Peer UUID: {B}", "originate_success", A)
        fs("NOTICE", "switch_ivr_bridge.c:1760", f"Channel [{chA}] has been answered", "answered", A)
        fs("DEBUG", "switch_channel.c:2643", f"({chA}) Callstate Change RINGING -> ACTIVE", "callstate_change", A)
        if g.r.random() < 0.3:
            fs("INFO", "switch_rtp.c:7962", f"Auto Changing audio port from {ipb}:{g.num(16384, 32768)} to {g.ip()}:{g.num(16384, 32768)}", "auto_changing_port", B)
        L.tick(90)
        end(chB, B, "CS_EXCHANGE_MEDIA", "NORMAL_CLEARING")
        end(chA, A, "CS_EXECUTE", "NORMAL_CLEARING")

    def outbound():
        a = g.c(list(exts))
        num = "+49" + str(g.num(30_000_000, 89_999_999_9))
        A, B = new_session(), new_session()
        chA = f"sofia/internal/{a}@{dom}"
        fs("NOTICE", "switch_channel.c:1142", f"New Channel {chA} [{A}]", "new_channel", A)
        state(chA, A, "CS_ROUTING", 1)
        fs("INFO", "mod_dialplan_xml.c:639", f"Processing {a} <{a}>->0{num[3:]} in context default", "processing", A)
        dial(chA, A, "0" + num[3:], [("global", "${call_debug}", "^true$", False), ("outbound_pstn", "destination_number", "^0(\\d{6,14})$", True)])
        action(chA, A, "set", "effective_caller_id_number=+4930123450")
        action(chA, A, "bridge", "sofia/gateway/sipgate/+49$1")
        execute(chA, A, "set", "effective_caller_id_number=+4930123450")
        execute(chA, A, "bridge", f"sofia/gateway/sipgate/{num}")
        chB = f"sofia/external/{num}"
        fs("NOTICE", "switch_channel.c:1142", f"New Channel {chB} [{B}]", "new_channel", B)
        L.tick(3)
        if g.r.random() < 0.15:
            code, cause = g.c([(3, "NO_ROUTE_DESTINATION"), (1, "UNALLOCATED_NUMBER"), (41, "NORMAL_TEMPORARY_FAILURE")])
            fs("NOTICE", "sofia.c:1065", f"Hangup {chB} [CS_CONSUME_MEDIA] [{cause}]", "hangup", B)
            fs("INFO", "switch_ivr_originate.c:3898", f"Originate Resulted in Error Cause: {code} [{cause}]", "originate_error", A)
            end(chA, A, "CS_EXECUTE", "NORMAL_CLEARING")
            return
        fs("NOTICE", "sofia.c:7428", f"Ring-Ready {chB}!", "ring_ready", B)
        L.tick(8)
        fs("NOTICE", "sofia.c:8736", f"Channel [{chB}] has been answered", "answered", B)
        fs("NOTICE", "switch_ivr_bridge.c:1760", f"Channel [{chA}] has been answered", "answered", A)
        L.tick(120)
        end(chB, B, "CS_EXCHANGE_MEDIA", "NORMAL_CLEARING")
        end(chA, A, "CS_EXECUTE", "NORMAL_CLEARING")

    def scan():
        ip = g.c(scanners)
        for _ in range(g.num(2, 10)):
            user = g.c(["100", "101", "1000", "admin", "200", "1001", "test", "9999"])
            k = g.num(0, 3)
            if k == 0:
                fs("WARNING", "sofia_reg.c:1842", f"SIP auth failure (REGISTER) on sofia profile 'internal' for [{user}@{dom}] from ip {ip}", "auth_failure")
            elif k == 1:
                fs("WARNING", "sofia_reg.c:3189", f"Can't find user [{user}@203.0.113.10] from {ip}", "cant_find_user",
                   cont=[("You must define a domain called '203.0.113.10' in your directory and add a user with the id=\"" + user + "\" attribute", "cant_find_user_2"),
                         ("and you must configure your device to use the proper domain in it's authentication credentials.", "cant_find_user_3")])
            elif k == 2:
                fs("NOTICE", "sofia_reg.c:1838", f"SIP auth challenge (INVITE) on sofia profile 'external' for [00{g.num(10 ** 10, 10 ** 12)}@203.0.113.10] from ip {ip}", "auth_challenge")
            else:
                fs("WARNING", "sofia_reg.c:1709", f"IP {ip} Rejected by register acl \"domains\"", "rejected_acl")
            L.tick(0.4)

    def register():
        e = g.c(list(exts))
        ip, ua = exts[e]
        fs("DEBUG", "sofia_reg.c:1971", "Register:", "register_head",
           cont=[(f"From:    [{e}@{dom}]", "register_from"), (f"Contact: [\"{e}\" <sip:{e}@{ip}:{g.c([5060, 5062, g.port()])};transport={g.c(['udp', 'tcp', 'tls'])}>]", "register_contact"), (f"Expires: [{g.c([300, 600, 3600])}]", "register_expires")])
        if g.r.random() < 0.3:
            fs("INFO", "sofia_reg.c:2162", f"Registered {e}@{dom} from {ip} agent '{ua}'", "registered_info")

    def gateway():
        if g.r.random() < 0.7:
            fs("NOTICE", "sofia_reg.c:4271", f"Ping failed sipgate with code 408 - count {g.num(1, 3)}/1/1, state {g.c(['UP', 'DOWN'])}", "ping_failed")
        else:
            fs("NOTICE", "sofia_reg.c:4263", "Ping succeeded sipgate with code 200 - count 1/1/1, state UP", "ping_succeeded")

    def sql():
        if g.r.random() < 0.5:
            fs("ERR", "switch_core_sqldb.c:1345", "[db=/usr/local/freeswitch/db/core.db] ERR: [database is locked] ", "sqldb_locked")
        else:
            fs("WARNING", "switch_core_sqldb.c:1901", f"SQL Queue {g.num(20, 400)} pending, {g.num(1, 4)} threads", "sql_queue")

    def startup():
        fs("CONSOLE", "switch_core.c:2493", "FreeSWITCH Version 1.10.12-release+git~20240802T200931Z~a88d069d6f~64bit (git a88d069 2024-08-02 20:09:31Z 64bit)", "version")
        fs("INFO", "switch_core.c:2488", "Max Sessions [1000]", "max_sessions")
        fs("INFO", "mod_sofia.c:5909", "Starting initial message thread.", "sofia_msg_thread")
        for prof, port in [("internal", 5060), ("external", 5080)]:
            fs("NOTICE", "sofia.c:3441", f"Started Profile {prof} [sofia_reg_{prof}]", "started_profile")
            fs("INFO", "sofia.c:3442", f"Creating agent for {prof}", "creating_agent")
            fs("DEBUG", "sofia.c:3577", f"Set params for {prof}", "set_params")
            fs("NOTICE", "sofia_reg.c:3287", f"Adding Alias [{prof}] for profile [{prof}]", "adding_alias")
        fs("NOTICE", "sofia_reg.c:3183", "Registering sipgate", "gw_registering")
        fs("CONSOLE", "switch_core.c:2493", "FreeSWITCH Started", "started")

    startup()
    ev = [(9, internal_call), (3, outbound), (8, scan), (14, register), (1.5, gateway), (0.4, sql)]
    return L.run(slowed(L, ev, 15), None)


# 4 ---------------------------------------------------------------- Bacula 13.0 director /var/log/bacula/bacula.log (the director's Messages resource, all daemons' job messages), nightly backups
@checked
def log_bacula(seed):
    L = Log("bacula_log", seed, "noyear", True, True, start=dt.datetime(2026, 11, 28, 23, 5, 0, tzinfo=UTC))
    g = L.g
    clients = [("web01", "10.0.0.21", "WebFiles"), ("web02", "10.0.0.22", "WebFiles"), ("db01", "10.0.0.31", "DbDumps"), ("mail01", "10.0.0.41", "MailStore"),
               ("fs01", "10.0.0.51", "FileShares"), ("git01", "10.0.0.61", "GitRepos")]
    st = {"jobid": g.num(4200, 4600), "vol": g.num(120, 180), "volbytes": g.num(10 ** 9, 4 * 10 ** 9), "session": g.num(10, 40)}
    DEV = '"FileChgr1-Dev1" (/srv/bacula/volumes)'
    down = {"mail01"} if g.r.random() < 0.5 else set()

    def m(daemon, jobid, msg, ev, lv=None, cont=()):
        t = L.t.replace(second=0, microsecond=0)
        pre = f"{L.t.day:02d}-{L.t:%b %H:%M} {daemon}"
        prefix = {"Warning": "Warning: ", "Error": "Error: ", "Fatal": "Fatal error: "}.get(lv, "")
        L.emit(f"{pre} JobId {jobid}: {prefix}{msg}", ev, lv, daemon, t=t)
        for text, e in cont:
            L.emit(text, e, lv, daemon, t=t)

    def volname():
        return f"Vol-{st['vol']:04d}"

    def summary(jobid, job, c, level, since, sched, start, files, fdbytes, ok, lv=None):
        end = L.t
        el = int((end - start).total_seconds())
        sdbytes = fdbytes + files * 92 if ok else 0
        rate = fdbytes / max(el, 1) / 1000
        def hb(n):
            return f"{n / 1e9:.3f} GB" if n >= 1e9 else f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.1f} KB"
        rows = [("Build OS:", "x86_64-pc-linux-gnu ubuntu 24.04", "sum_build_os"), ("JobId:", str(jobid), "sum_jobid"), ("Job:", job, "sum_job"),
                ("Backup Level:", f"{level}, since={since:%Y-%m-%d %H:%M:%S}" if level != "Full" else "Full", "sum_backup_level"),
                ("Client:", f'"{c[0]}-fd" 13.0.4 (12Feb24) x86_64-pc-linux-gnu,ubuntu,24.04', "sum_client"),
                ("FileSet:", f'"{c[2]}" 2025-03-02 23:05:00', "sum_fileset"), ("Pool:", f'"{"Full" if level == "Full" else "Daily"}" (From Job resource)', "sum_pool"),
                ("Catalog:", '"MyCatalog" (From Client resource)', "sum_catalog"), ("Storage:", '"File1" (From Job resource)', "sum_storage"),
                ("Scheduled time:", f"{sched.day:02d}-{sched:%b-%Y %H:%M:%S}", "sum_scheduled"), ("Start time:", f"{start.day:02d}-{start:%b-%Y %H:%M:%S}", "sum_start"),
                ("End time:", f"{end.day:02d}-{end:%b-%Y %H:%M:%S}", "sum_end"), ("Elapsed time:", f"{el // 60} mins {el % 60} secs" if el >= 60 else f"{el} secs", "sum_elapsed"),
                ("Priority:", "10", "sum_priority"), ("FD Files Written:", us_thousands(files), "sum_fd_files"), ("SD Files Written:", us_thousands(files if ok else 0), "sum_sd_files"),
                ("FD Bytes Written:", f"{us_thousands(fdbytes)} ({hb(fdbytes)})" if fdbytes else "0 (0 B)", "sum_fd_bytes"),
                ("SD Bytes Written:", f"{us_thousands(sdbytes)} ({hb(sdbytes)})" if sdbytes else "0 (0 B)", "sum_sd_bytes"),
                ("Rate:", f"{rate:.1f} KB/s", "sum_rate"), ("Software Compression:", f"{g.f(20, 70, 1)}% {g.f(1.2, 3.3, 1)}:1" if ok and fdbytes else "None", "sum_compression"),
                ("Comm Line Compression:", f"{g.f(1, 60, 1)}% {g.f(1.0, 2.5, 1)}:1" if ok else "None", "sum_comm_compression"),
                ("Snapshot/VSS:", "no", "sum_vss"), ("Encryption:", "no", "sum_encryption"), ("Accurate:", "no", "sum_accurate"),
                ("Volume name(s):", volname() if ok else "", "sum_volumes"), ("Volume Session Id:", str(st["session"]), "sum_vol_session_id"),
                ("Volume Session Time:", "1732000113", "sum_vol_session_time"), ("Last Volume Bytes:", f"{us_thousands(st['volbytes'])} ({hb(st['volbytes'])})", "sum_last_vol_bytes"),
                ("Non-fatal FD errors:", str(st.get("nferr", 0)), "sum_nonfatal"), ("SD Errors:", "0", "sum_sd_errors"),
                ("FD termination status:", "OK" if ok else "Error", "sum_fd_status"), ("SD termination status:", "OK" if ok else "Waiting on FD", "sum_sd_status"),
                ("Termination:", ("Backup OK" if not st.get("nferr") else "Backup OK -- with warnings") if ok else "*** Backup Error ***", "sum_termination")]
        cont = [(f"  {k:<24}{v}", e) for k, v, e in rows] + [("", "blank")]
        m("bacula-dir", jobid, "Bacula bacula-dir 13.0.4 (12Feb24):", "summary_head", lv, cont)

    def prune(jobid, c):
        m("bacula-dir", jobid, "Begin pruning Jobs older than 30 days .", "prune_jobs_begin")
        if g.r.random() < 0.6:
            m("bacula-dir", jobid, "No Jobs found to prune.", "prune_no_jobs")
        else:
            m("bacula-dir", jobid, f"Pruned {g.num(1, 3)} Jobs for client {c}-fd from catalog.", "pruned_jobs")
        m("bacula-dir", jobid, "Begin pruning Files.", "prune_files_begin")
        if g.r.random() < 0.6:
            m("bacula-dir", jobid, "No Files found to prune.", "prune_no_files")
        else:
            m("bacula-dir", jobid, f"Pruned Files from {g.num(1, 3)} Jobs for client {c}-fd from catalog.", "pruned_files")
        m("bacula-dir", jobid, "End auto prune.", "prune_end")
        L.emit("", "blank", t=L.t.replace(second=0, microsecond=0))

    def new_volume(jobid):
        sd = "bacula-sd"
        m(sd, jobid, f'User defined maximum volume capacity 5,368,709,120 exceeded on device {DEV}.', "max_capacity")
        m(sd, jobid, f'End of medium on Volume "{volname()}" Bytes=5,368,690,{g.num(100, 999)} Blocks=83,221 at {L.t.day:02d}-{L.t:%b-%Y %H:%M}.', "end_of_medium")
        st["vol"] += 1
        st["volbytes"] = 0
        if g.r.random() < 0.5:
            m("bacula-dir", jobid, f'Created new Volume="{volname()}", Pool="Daily", MediaType="File1" in catalog.', "created_volume")
            m(sd, jobid, f'Labeled new Volume "{volname()}" on File device {DEV}.', "labeled_volume")
        else:
            old = f"Vol-{st['vol'] - g.num(30, 60):04d}"
            m("bacula-dir", jobid, f'There are no more Jobs associated with Volume "{old}". Marking it purged.', "no_more_jobs_purged")
            m("bacula-dir", jobid, f'All records pruned from Volume "{old}"; marking it "Purged"', "all_records_pruned")
            m("bacula-dir", jobid, f'Recycled volume "{old}"', "recycled_volume_dir")
            m(sd, jobid, f'Recycled volume "{old}" on File device {DEV}, all previous data lost.', "recycled_volume_sd")
        m(sd, jobid, f'New volume "{volname()}" mounted on device {DEV} at {L.t.day:02d}-{L.t:%b-%Y %H:%M}.', "new_volume_mounted")

    def backup(c, level, sched):
        st["jobid"] += 1
        st["session"] += 1
        st["nferr"] = 0
        jobid = st["jobid"]
        job = f"{c[0]}-{'Weekly' if level == 'Full' else 'Daily'}.{sched:%Y-%m-%d_%H.%M.%S}_{g.num(3, 40):02d}"
        start = L.t
        m("bacula-dir", jobid, f"Start Backup JobId {jobid}, Job={job}", "start_backup")
        if level != "Full" and g.r.random() < 0.1:
            m("bacula-dir", jobid, f"No prior Full backup Job record found.", "no_prior_full")
            m("bacula-dir", jobid, f"No prior or suitable Full backup found in catalog. Doing FULL backup.", "doing_full")
            level = "Full"
        m("bacula-dir", jobid, 'Connected to Storage "File1" at bacula.example.com:9103 with TLS', "connected_storage")
        m("bacula-dir", jobid, f'Using Device "FileChgr1-Dev1" to write.', "using_device")
        if c[0] in down:
            L.tick(2)
            m("bacula-dir", jobid, f"bsockcore.c:258 Could not connect to Client: {c[0]}-fd on {c[1]}:9102. ERR=Connection refused", "could_not_connect", "Warning",
              [("Retrying ...", "retrying")])
            L.t += dt.timedelta(minutes=3)
            m("bacula-dir", jobid, f"bsockcore.c:264 Unable to connect to Client: {c[0]}-fd on {c[1]}:9102. ERR=Interrupted system call", "unable_to_connect", "Fatal")
            st["session"] -= 1
            summary(jobid, job, c, level, sched - dt.timedelta(days=1), sched, start, 0, 0, False, "Error")
            return
        m("bacula-dir", jobid, f'Connected to Client "{c[0]}-fd" at {c[1]}:9102 with TLS', "connected_client")
        m(f"{c[0]}-fd", jobid, "Connected to Storage at bacula.example.com:9103 with TLS", "fd_connected_storage")
        if c[0] == "db01":
            m(f"{c[0]}-fd", jobid, 'shell command: run ClientRunBeforeJob "/usr/local/sbin/pg_dump_all.sh"', "run_before_job")
            for db in ["shop", "crm", "keycloak"]:
                m(f"{c[0]}-fd", jobid, f"ClientRunBeforeJob: dumping database {db} to /var/backups/pg/{db}.sql.gz", "before_job_output")
            L.tick(40)
        m("bacula-sd", jobid, f'Volume "{volname()}" previously written, moving to end of data.', "previously_written")
        m("bacula-sd", jobid, f'Ready to append to end of Volume "{volname()}" size={us_thousands(st["volbytes"])}', "ready_to_append")
        files = g.num(40, 3000) if level != "Full" else g.num(30000, 400000)
        fdbytes = files * g.num(2000, 90000)
        dur = max(8, fdbytes / g.num(20, 90) / 1e6)
        if c[0] in ("fs01", "web01", "web02") and g.r.random() < 0.4:
            for _ in range(g.num(1, 3)):
                L.tick(dur / 6)
                st["nferr"] += 1
                path = g.c([f"/var/www/shop/var/cache/prod/{g.hx(6)}.php", f"/srv/shares/Finance/~$Budget_2027_{g.num(1, 9)}.xlsx", f"/tmp/php{g.alnum(6)}", f"/var/lib/php/sessions/sess_{g.alnum(26)}"])
                m(f"{c[0]}-fd", jobid, f'     Could not stat "{path}": ERR=No such file or directory', "could_not_stat")
        st["volbytes"] += fdbytes
        if st["volbytes"] > 5_368_709_120:
            L.tick(dur / 2)
            new_volume(jobid)
            st["volbytes"] = fdbytes // 2
        L.t += dt.timedelta(seconds=dur)
        h, rem = divmod(int(dur), 3600)
        m("bacula-sd", jobid, f"Elapsed time={h:02d}:{rem // 60:02d}:{rem % 60:02d}, Transfer rate={fdbytes / dur / 1e6:.3f} M Bytes/second", "elapsed_rate")
        m("bacula-sd", jobid, f"Sending spooled attrs to the Director. Despooling {us_thousands(files * 120 + g.num(0, 999))} bytes ...", "despooling")
        if c[0] == "db01":
            m(f"{c[0]}-fd", jobid, 'shell command: run ClientAfterJob "/usr/local/sbin/pg_dump_cleanup.sh"', "run_after_job")
        L.tick(3)
        summary(jobid, job, c, level, sched - dt.timedelta(days=1), sched, start, files, fdbytes, True)
        prune(jobid, c[0])

    def catalog(sched):
        st["jobid"] += 1
        jobid = st["jobid"]
        job = f"BackupCatalog.{sched:%Y-%m-%d_%H.%M.%S}_{g.num(3, 40):02d}"
        start = L.t
        m("bacula-dir", jobid, f"Start Backup JobId {jobid}, Job={job}", "start_backup")
        m("bacula-dir", jobid, 'shell command: run BeforeJob "/etc/bacula/scripts/make_catalog_backup.pl MyCatalog"', "run_before_job_dir")
        L.tick(20)
        m("bacula-dir", jobid, 'Connected to Storage "File1" at bacula.example.com:9103 with TLS', "connected_storage")
        m("bacula-dir", jobid, f'Using Device "FileChgr1-Dev1" to write.', "using_device")
        m("bacula-dir", jobid, 'Connected to Client "bacula-fd" at localhost:9102 with TLS', "connected_client")
        m("bacula-fd", jobid, "Connected to Storage at bacula.example.com:9103 with TLS", "fd_connected_storage")
        m("bacula-sd", jobid, f'Volume "{volname()}" previously written, moving to end of data.', "previously_written")
        m("bacula-sd", jobid, f'Ready to append to end of Volume "{volname()}" size={us_thousands(st["volbytes"])}', "ready_to_append")
        L.tick(30)
        b = g.num(400_000_000, 900_000_000)
        st["volbytes"] += b
        m("bacula-sd", jobid, f"Elapsed time=00:00:{g.num(10, 59):02d}, Transfer rate={g.f(10, 60, 3)} M Bytes/second", "elapsed_rate")
        m("bacula-sd", jobid, f"Sending spooled attrs to the Director. Despooling {g.num(200, 400)} bytes ...", "despooling")
        summary(jobid, job, ("bacula", "127.0.0.1", "Catalog"), "Full", sched, sched, start, 1, b, True)
        m("bacula-dir", jobid, 'shell command: run AfterJob "/etc/bacula/scripts/delete_catalog_backup MyCatalog"', "run_after_job_dir")
        prune(jobid, "bacula")

    def night():
        sched = L.t.replace(hour=23, minute=5, second=0, microsecond=0)
        L.t = sched + dt.timedelta(seconds=g.num(1, 30))
        level = "Full" if sched.weekday() == 6 else "Incremental"
        if g.r.random() < 0.3:
            m("bacula-dir", st["jobid"] + 1, f'Max configured use duration=82,800 sec. exceeded. Marking Volume "{volname()}" as Used.', "use_duration_exceeded")
            st["vol"] += 1
            st["volbytes"] = 0
        for c in clients:
            backup(c, level, sched)
            L.tick(20)
        L.t = max(L.t, sched.replace(minute=40))
        catalog(sched.replace(minute=40))
        L.t = sched + dt.timedelta(days=1)
        if g.r.random() < 0.5 and down:
            down.clear()
        elif g.r.random() < 0.25:
            down.add(g.c(clients)[0])

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- OpenPBS 23.06 server_logs (PBS_HOME/server_logs/20261201, log_events 511): an HPC cluster's PBS server
@checked
def log_pbs(seed):
    L = Log("openpbs_server_logs", seed, "full", False, True)
    g = L.g
    S = "pbs01"
    users = [("alice", "login01"), ("bob", "login02"), ("chen", "login01"), ("dmitri", "login02"), ("esra", "login01"), ("farid", "login02")]
    queues = ["workq", "workq", "workq", "gpu", "long", "debug"]
    nodes = [f"node{i:03d}" for i in range(1, 65)] + [f"gpu{i:02d}" for i in range(1, 9)]
    jnames = ["md_sim", "train_resnet", "cfd_run", "align_bwa", "vasp_relax", "wrf_d02", "blast_nr", "postproc", "STDIN", "gromacs_eq"]
    st = {"jobid": g.num(88000, 91000), "running": [], "sock": g.num(12, 40)}

    def e(code, obj, name, msg, ev):
        L.emit(f"{L.t:%m/%d/%Y %H:%M:%S};{code};Server@{S};{obj};{name};{msg}", ev, None, f"{obj}|Server@{S}")

    def req(typ, who):
        e("0100", "Req", "", f"Type {typ} request received from {who}, sock={st['sock'] + g.num(0, 6)}", "req_received")

    def submit():
        u, h = g.c(users)
        who = f"{u}@{h}.cluster"
        st["jobid"] += 1
        arr = g.r.random() < 0.1
        jid = f"{st['jobid']}{'[]' if arr else ''}.{S}"
        q = g.c(queues)
        for typ in (1, 3, 5):
            req(typ, who)
        if g.r.random() < 0.05:
            e("0080", "Req", "req_reject", f"Reject reply code=15039, aux=0, type=1, from {who}", "req_reject")
            return
        e("0100", "Job", jid, f"enqueuing into {q}, state Q hop 1", "enqueuing")
        e("0008", "Job", jid, f"Job Queued at request of {who}, owner = {who}, job name = {g.c(jnames)}, queue = {q}", "job_queued")
        if not arr:
            st["running"].append((jid, q, who, L.t))

    def sched_cycle():
        req(g.c([0, 21, 21, 58, 71]), f"Scheduler@{S}")
        pend = [j for j in st["running"] if len(j) == 4]
        if not pend:
            return
        jid, q, who, t0 = g.c(pend)
        st["running"].remove((jid, q, who, t0))
        n = g.c(nodes if q != "gpu" else nodes[-8:])
        ncpus = g.c([1, 4, 8, 16, 32, 64])
        ev = f"({n}:ncpus={ncpus}:mem={ncpus * 2 * 1048576}kb{':ngpus=' + str(g.num(1, 4)) if q == 'gpu' else ''})"
        e("0008", "Job", jid, f"Job Run at request of Scheduler@{S} on exec_vnode {ev}", "job_run")
        if g.r.random() < 0.3:
            e("0008", "Job", jid, f"Job Modified at request of Scheduler@{S}", "job_modified")
        st["running"].append((jid, q, who, L.t, ncpus))

    def finish():
        run = [j for j in st["running"] if len(j) == 5]
        if not run:
            return submit()
        j = g.c(run)
        st["running"].remove(j)
        jid, q, who, t0, ncpus = j
        wall = max(5, int((L.t - t0).total_seconds()))
        status = g.c([0] * 12 + [1, 2, 127, 137, 271, -29, -11])
        if status == -29:
            wall = g.c([3600, 7200, 86400])
        e("0080", "Job", jid, f"Obit received momhop:1 serverhop:1 state:R substate:42", "obit_received")
        hms = f"{wall // 3600:02d}:{wall % 3600 // 60:02d}:{wall % 60:02d}"
        cput = int(wall * ncpus * g.r.uniform(0.2, 0.99))
        e("0010", "Job", jid, f"Exit_status={status} resources_used.cpupercent={g.num(10, 100 * ncpus)} resources_used.cput={cput // 3600:02d}:{cput % 3600 // 60:02d}:{cput % 60:02d} "
          f"resources_used.mem={g.num(10000, ncpus * 2 * 1048576)}kb resources_used.ncpus={ncpus} resources_used.vmem={g.num(100000, ncpus * 3 * 1048576)}kb resources_used.walltime={hms}", "exit_status")
        e("0100", "Job", jid, f"dequeuing from {q}, state F", "dequeuing")

    def delete():
        cand = st["running"]
        if not cand:
            return submit()
        j = g.c(cand)
        st["running"].remove(j)
        who = j[2] if g.r.random() < 0.9 else f"root@{S}"
        req(6, who)
        e("0008", "Job", j[0], f"Job deleted at request of {who}", "job_deleted")
        if len(j) == 5:
            e("0100", "Job", j[0], "Job sent signal TermJob on delete", "sent_termjob")
            e("0008", "Job", j[0], f"Job to be deleted at request of {who}", "job_to_be_deleted")
        e("0100", "Job", j[0], f"dequeuing from {j[1]}, state F", "dequeuing")

    def stat():
        u, h = g.c(users)
        req(g.c([19, 20, 21, 21, 21]), f"{u}@{h}.cluster")
        if g.r.random() < 0.15:
            e("0080", "Req", "req_reject", f"Reject reply code=15001, aux=0, type=19, from {u}@{h}.cluster", "req_reject")

    def hold():
        cand = [j for j in st["running"] if len(j) == 4]
        if not cand:
            return stat()
        j = g.c(cand)
        req(12, j[2])
        e("0008", "Job", j[0], f"Holds u set at request of {j[2]}", "holds_set")

    def node_down():
        n = g.c(nodes)
        e("0004", "Node", n, "node down: communication closed", "node_down")
        if g.r.random() < 0.5:
            L.tick(60)
            e("0004", "Node", n, f"attributes set: at request of root@{S}", "attr_set_by")
            e("0004", "Node", n, "attributes set: state + offline", "attr_set")
            e("0004", "Node", n, f"attributes set: comment = {g.c(['memory ECC error', 'IB link down', 'check disk /scratch', 'reboot pending'])}", "attr_set")

    def node_up():
        n = g.c(nodes)
        e("0004", "Node", n, f"attributes set: at request of root@{S}", "attr_set_by")
        e("0004", "Node", n, "attributes set: state - offline", "attr_set")

    def bad_conn():
        e("0001", "Svr", f"Server@{S}", f"is_request, bad attempt to connect from {g.ip()}:{g.num(600, 1023)}", "bad_attempt")

    def hook():
        h = g.c(["qj_project_check", "rj_gpu_health"])
        e("0100", "Hook", h, "started", "hook_started")
        if g.r.random() < 0.15:
            if h == "qj_project_check":
                msg, ev = g.c([("project (-P) must be given for queue long", "hook_rejected_project"), ("walltime exceeds queue limit of 168:00:00", "hook_rejected_walltime")])
            else:
                msg, ev = f"GPU health check failed on gpu0{g.num(1, 8)}", "hook_rejected_gpu"
            e("0008", "Hook", h, f"Request rejected by hook: {msg}", ev)
        e("0100", "Hook", h, "finished", "hook_finished")

    def license():
        e("0040", "Svr", f"Server@{S}", f"Scheduler sent command {g.num(1, 3)}", "sched_command")

    L.emit(f"{L.t:%m/%d/%Y %H:%M:%S};0002;Server@{S};Svr;Log;Log opened", "log_opened", None, f"Svr|Server@{S}")
    e("0002", "Svr", f"Server@{S}", "pbs_version=23.06.06", "pbs_version")
    e("0002", "Svr", f"Server@{S}", f"pbs_build=mach=N/A:security=N/A:configure_args=N/A", "pbs_build")
    e("0002", "Svr", f"Server@{S}", f"hostname={S}.cluster;pbs_leaf_name=N/A;pbs_mom_node_name=N/A", "hostname")
    e("0002", "Svr", f"Server@{S}", "ipv4 interface lo: localhost", "ipv4_interface")
    e("0002", "Svr", f"Server@{S}", f"ipv4 interface eth0: {S}.cluster {S}", "ipv4_interface")
    for _ in range(12):
        submit()
        sched_cycle()
    ev = [(18, submit), (26, sched_cycle), (16, finish), (2, delete), (20, stat), (1.5, hold), (0.6, node_down), (0.4, node_up), (0.8, bad_conn), (3, hook), (1, license)]
    return L.run(ev, None)


# 6 ---------------------------------------------------------------- vLLM 0.8.5 OpenAI-compatible server (V1 engine, tensor parallel 2), `docker logs` of the container
@checked
def log_vllm(seed):
    L = Log("vllm_openai_server", seed, "noyear", True, True)
    g = L.g
    MODEL = "meta-llama/Llama-3.1-8B-Instruct"
    clients = [g.ip() for _ in range(8)]
    prom = "10.0.9.4"
    st = {"pids": [g.num(300, 500), 0], "running": 0, "waiting": 0, "last_stats": L.t}
    st["pids"][1] = st["pids"][0] + 1

    def v(lv, src, msg, ev, worker=None, cont=()):
        L.t += dt.timedelta(microseconds=g.num(50, 4000))
        pre = f"(VllmWorker rank={worker} pid={st['pids'][worker]}) " if worker is not None else ""
        head = f"{pre}{lv} {L.t:%m-%d %H:%M:%S} [{src}] "
        comp = src.split(":")[0]
        L.emit(head + msg, ev, lv, comp)
        for text, e in cont:  # vLLM's NewLineFormatter repeats the prefix on every line of a message
            L.emit(head + text, e, lv, comp)

    def uv(msg, ev):
        L.emit(f"INFO:     {msg}", ev, "INFO", None)

    def worker_raw(rank, text, ev):
        L.emit(f"(VllmWorker rank={rank} pid={st['pids'][rank]}) {text}", ev)

    def startup():
        v("INFO", "__init__.py:239", "Automatically detected platform cuda.", "platform_detected")
        v("INFO", "api_server.py:1043", "vLLM API server version 0.8.5", "api_version")
        v("INFO", "api_server.py:1044", f"args: Namespace(subparser='serve', model_tag='{MODEL}', config='', host=None, port=8000, uvicorn_log_level='info', disable_uvicorn_access_log=False, "
          f"allow_credentials=False, allowed_origins=['*'], allowed_methods=['*'], allowed_headers=['*'], api_key=None, lora_modules=None, prompt_adapters=None, chat_template=None, "
          f"response_role='assistant', ssl_keyfile=None, ssl_certfile=None, root_path=None, middleware=[], enable_auto_tool_choice=False, tool_call_parser=None, model='{MODEL}', "
          f"tokenizer=None, max_model_len=32768, tensor_parallel_size=2, gpu_memory_utilization=0.9, max_num_seqs=256, disable_log_requests=False, enable_prefix_caching=None, "
          f"served_model_name=['llama-3.1-8b'], disable_log_stats=False, dispatch_function=<function ServeSubcommand.cmd at 0x7f{g.hx(10)}>)", "args")
        v("INFO", "config.py:717", "This model supports multiple tasks: {'reward', 'classify', 'score', 'embed', 'generate'}. Defaulting to 'generate'.", "supports_tasks")
        v("INFO", "config.py:1770", "Defaulting to use mp for distributed inference", "defaulting_mp")
        v("INFO", "config.py:2003", "Chunked prefill is enabled with max_num_batched_tokens=2048.", "chunked_prefill")
        v("INFO", "core.py:58", f"Initializing a V1 LLM engine (v0.8.5) with config: model='{MODEL}', speculative_config=None, tokenizer='{MODEL}', skip_tokenizer_init=False, tokenizer_mode=auto, "
          f"revision=None, override_neuron_config=None, tokenizer_revision=None, trust_remote_code=False, dtype=torch.bfloat16, max_seq_len=32768, download_dir=None, load_format=LoadFormat.AUTO, "
          f"tensor_parallel_size=2, pipeline_parallel_size=1, disable_custom_all_reduce=False, quantization=None, enforce_eager=False, kv_cache_dtype=auto, device_config=cuda, seed=None, "
          f"served_model_name=llama-3.1-8b, num_scheduler_steps=1, multi_step_stream_outputs=True, enable_prefix_caching=True, chunked_prefill_enabled=True, use_async_output_proc=True", "engine_config")
        v("WARNING", "multiproc_worker_utils.py:306", "Reducing Torch parallelism from 16 threads to 1 to avoid unnecessary CPU contention. Set OMP_NUM_THREADS in the external environment to tune this value as needed.", "reducing_torch_threads")
        v("INFO", "shm_broadcast.py:264", "vLLM message queue communication handle: Handle(local_reader_ranks=[0, 1], buffer_handle=(2, 10485760, 10, 'psm_" + g.hx(8) + "'), local_subscribe_addr='ipc:///tmp/" + g.uuid() + "', remote_subscribe_addr=None, remote_addr_ipv6=False)", "mq_handle")
        for r in (0, 1):
            v("INFO", "parallel_state.py:959", f"rank {r} in world size 2 is assigned as DP rank 0, PP rank 0, TP rank {r}", "rank_assigned", r)
        for r in (0, 1):
            v("INFO", "cuda.py:221", "Using Flash Attention backend on V1 engine.", "flash_attention", r)
        for r in (0, 1):
            v("INFO", "gpu_model_runner.py:1329", f"Starting to load model {MODEL}...", "starting_load", r)
        v("INFO", "weight_utils.py:265", "Using model weights format ['*.safetensors']", "weights_format", 0)
        for k in range(5):
            worker_raw(0, f"Loading safetensors checkpoint shards: {k * 25:3d}% Completed | {k}/4 [00:0{k}<{'?' if k == 0 else '00:0' + str(4 - k)}, {'?it/s' if k == 0 else g.f(1, 2, 2) + 's/it'}]", "loading_shards")
            L.tick(0.8)
        worker_raw(0, "", "blank")
        for r in (0, 1):
            v("INFO", "loader.py:458", f"Loading weights took {g.f(2, 5, 2)} seconds", "loading_weights_took", r)
            v("INFO", "gpu_model_runner.py:1347", f"Model loading took {g.f(7.4, 7.6, 4)} GiB and {g.f(3, 6, 6)} seconds", "model_loading_took", r)
        for r in (0, 1):
            v("INFO", "backends.py:420", f"Using cache directory: /root/.cache/vllm/torch_compile_cache/{g.hx(10)}/rank_{r}_0 for vLLM's torch.compile", "compile_cache_dir", r)
            v("INFO", "backends.py:430", f"Dynamo bytecode transform time: {g.f(5, 9, 2)} s", "dynamo_time", r)
        L.tick(10)
        for r in (0, 1):
            v("INFO", "monitor.py:33", f"torch.compile takes {g.f(10, 25, 2)} s in total", "compile_total", r)
        v("INFO", "kv_cache_utils.py:634", f"GPU KV cache size: {g.num(400000, 460000):,} tokens", "kv_cache_size")
        v("INFO", "kv_cache_utils.py:637", f"Maximum concurrency for 32,768 tokens per request: {g.f(12, 14, 2)}x", "max_concurrency")
        for r in (0, 1):
            v("INFO", "gpu_model_runner.py:1686", f"Graph capturing finished in {g.num(9, 16)} secs, took {g.f(0.4, 0.7, 2)} GiB", "graph_capturing", r)
        v("INFO", "core.py:159", f"init engine (profile, create kv cache, warmup model) took {g.f(30, 60, 2)} seconds", "init_engine_took")
        v("INFO", "api_server.py:1090", "Starting vLLM API server on http://0.0.0.0:8000", "starting_api")
        v("INFO", "launcher.py:28", "Available routes are:", "available_routes")
        for route, methods in [("/openapi.json", "HEAD, GET"), ("/docs", "HEAD, GET"), ("/docs/oauth2-redirect", "HEAD, GET"), ("/redoc", "HEAD, GET"), ("/health", "GET"), ("/load", "GET"),
                               ("/ping", "POST, GET"), ("/tokenize", "POST"), ("/detokenize", "POST"), ("/v1/models", "GET"), ("/version", "GET"), ("/v1/chat/completions", "POST"),
                               ("/v1/completions", "POST"), ("/v1/embeddings", "POST"), ("/pooling", "POST"), ("/score", "POST"), ("/v1/score", "POST"), ("/invocations", "POST"), ("/metrics", "GET")]:
            v("INFO", "launcher.py:36", f"Route: {route}, Methods: {methods}", "route")
        uv("Started server process [1]", "uv_started")
        uv("Waiting for application startup.", "uv_waiting")
        uv("Application startup complete.", "uv_startup_complete")

    PROMPTS = ["You are a helpful assistant for Acme support. Answer briefly.", "Summarize the following ticket for the on-call engineer:", "Extract the invoice number, date and total as JSON.",
               "Translate to German:", "You are a SQL expert. Write a query that", "Classify the sentiment of this review as positive, negative or neutral."]

    def request():
        rid = f"chatcmpl-{g.hx(32)}"
        sysm = g.c(PROMPTS)
        prompt = ("<|begin_of_text|><|start_header_id|>system<|end_header_id|>\\n\\nCutting Knowledge Date: December 2023\\nToday Date: 01 Dec 2026\\n\\n" + sysm +
                  "<|eot_id|><|start_header_id|>user<|end_header_id|>\\n\\n" + g.c(["My order #" + str(g.num(10000, 99999)) + " has not arrived", "Quarterly numbers attached", "Der Drucker druckt nicht",
                                                                                     "how many users signed up last week", "The battery died after two days."]) + "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\\n\\n")
        temp = g.c(["0.0", "0.2", "0.7", "1.0"])
        maxt = g.c([128, 256, 512, 1024, 2048])
        stream = g.r.random() < 0.5
        v("INFO", "logger.py:39", f"Received request {rid}: prompt: '{prompt}', params: SamplingParams(n=1, presence_penalty=0.0, frequency_penalty=0.0, repetition_penalty=1.0, temperature={temp}, "
          f"top_p=1.0, top_k=-1, min_p=0.0, seed=None, stop=[], stop_token_ids=[], bad_words=[], include_stop_str_in_output=False, ignore_eos=False, max_tokens={maxt}, min_tokens=0, logprobs=None, "
          f"prompt_logprobs=None, skip_special_tokens=True, spaces_between_special_tokens=True, truncate_prompt_tokens=None, guided_decoding=None, extra_args=None), prompt_token_ids: None, "
          f"lora_request: None, prompt_adapter_request: None.", "received_request")
        v("INFO", "async_llm.py:252", f"Added request {rid}.", "added_request")
        if stream:
            uv(f"{g.c(clients)}:{g.port()} - \"POST /v1/chat/completions HTTP/1.1\" 200 OK", "uv_access")
        L.tick(g.c([0.5, 2, 6]))
        if g.r.random() < 0.06:
            v("INFO", "async_llm.py:345", f"Aborted request {rid}.", "aborted_request")
        if not stream:
            uv(f"{g.c(clients)}:{g.port()} - \"POST /v1/chat/completions HTTP/1.1\" 200 OK", "uv_access")

    def stats():
        st["running"] = max(1, min(40, st["running"] + g.num(-3, 3)))
        st["waiting"] = g.c([0] * 8 + [g.num(1, 12)])
        v("INFO", "loggers.py:116", f"Engine 000: Avg prompt throughput: {g.r.uniform(50, 9000):.1f} tokens/s, Avg generation throughput: {g.r.uniform(20, 900):.1f} tokens/s, "
          f"Running: {st['running']} reqs, Waiting: {st['waiting']} reqs, GPU KV cache usage: {g.r.uniform(0.5, 40):.1f}%, Prefix cache hit rate: {g.r.uniform(20, 80):.1f}%", "engine_stats")

    def periodic(fn):
        def f():
            if (L.t - st["last_stats"]).total_seconds() >= 10:
                st["last_stats"] = L.t
                stats()
            fn()
        return f

    def health():
        if g.r.random() < 0.6:
            uv(f"{prom}:{g.port()} - \"GET /metrics HTTP/1.1\" 200 OK", "uv_access")
        else:
            uv(f"10.0.0.1:{g.port()} - \"GET /health HTTP/1.1\" 200 OK", "uv_access")

    def models():
        uv(f"{g.c(clients)}:{g.port()} - \"GET /v1/models HTTP/1.1\" 200 OK", "uv_access")

    def too_long():
        n = g.num(33000, 60000)
        src = "serving_chat.py:200"
        v("ERROR", src, "Error in preprocessing prompt inputs", "preprocess_error", cont=[
            ("Traceback (most recent call last):", "tb_head"),
            ('  File "/usr/local/lib/python3.12/dist-packages/vllm/entrypoints/openai/serving_chat.py", line 183, in create_chat_completion', "tb_file"),
            ("    ) = await self._preprocess_chat(", "tb_code"),
            ("        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "tb_caret"),
            ('  File "/usr/local/lib/python3.12/dist-packages/vllm/entrypoints/openai/serving_engine.py", line 459, in _preprocess_chat', "tb_file"),
            ("    prompt_inputs = await self._tokenize_prompt_input_async(", "tb_code"),
            ("                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "tb_caret"),
            ('  File "/usr/local/lib/python3.12/dist-packages/vllm/entrypoints/openai/serving_engine.py", line 269, in _validate_input', "tb_file"),
            ("    raise ValueError(", "tb_code"),
            (f"ValueError: This model's maximum context length is 32768 tokens. However, you requested {n} tokens ({n - 1024} in the messages, 1024 in the completion). Please reduce the length of the messages or completion.", "tb_valueerror")])
        uv(f"{g.c(clients)}:{g.port()} - \"POST /v1/chat/completions HTTP/1.1\" 400 Bad Request", "uv_access")

    def ignored():
        field = g.c(["'store'", "'metadata'", "'parallel_tool_calls'", "'user'"])
        v("WARNING", "protocol.py:71", "The following fields were present in the request but ignored: {" + field + "}", "fields_ignored")

    def bad():
        code, txt = g.c([(404, "Not Found"), (422, "Unprocessable Entity"), (400, "Bad Request")])
        path = g.c(["/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/favicon.ico"])
        uv(f"{g.c(clients)}:{g.port()} - \"{'GET' if path == '/favicon.ico' else 'POST'} {path} HTTP/1.1\" {code} {txt}", "uv_access")

    def chat_template():
        v("INFO", "chat_utils.py:396", "Detected the chat template content format to be 'string'. You can set `--chat-template-content-format` to override this.", "chat_template_format")

    def restart():
        uv("Shutting down", "uv_shutting_down")
        uv("Waiting for application shutdown.", "uv_waiting_shutdown")
        uv("Application shutdown complete.", "uv_shutdown_complete")
        L.tick(15)
        startup()

    startup()
    chat_template()
    ev = [(24, request), (12, health), (1, models), (0.8, too_long), (0.8, ignored), (1.2, bad), (0.02, restart)]
    st["last_stats"] = L.t
    return L.run([(w, periodic(fn)) for w, fn in ev], None)


# 7 ---------------------------------------------------------------- Windows 11 23H2 WindowsUpdate.log made by Get-WindowsUpdateLog (ETW traces decoded: fixed-width PID, TID and component columns)
@checked
def log_windowsupdate(seed):
    L = Log("windowsupdate_log", seed, "full", False, True)
    g = L.g
    WU = g.num(1100, 4000)
    st = {"id": g.num(2, 20), "op": g.num(100, 400), "uso": g.num(5000, 20000), "tids": [g.num(1000, 20000) for _ in range(6)]}
    MU = "7971F918-A847-4430-9279-4A52D1EFE18D"
    WUS = "9482F4B4-E343-43B6-B170-9A65BC822C77"
    SLSID = ["855E8A7C-ECB4-4CA3-B045-1DFA50104289", "2B81F1BF-356C-4FA1-90F1-7581A62C6764", "8B24B027-1DEE-BABB-9A95-3517DFB9C552"]
    kbs = [("2026-11 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5046633)", g.uuid().upper(), 200),
           ("Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.1290.0)", g.uuid().upper(), 200),
           ("2026-11 Cumulative Update for .NET Framework 3.5 and 4.8.1 for Windows 11, version 23H2 for x64 (KB5045934)", g.uuid().upper(), 1),
           ("Intel - System - 10.1.19444.8378", g.uuid().upper(), 1), ("Windows Malicious Software Removal Tool x64 - v5.131 (KB890830)", g.uuid().upper(), 200)]

    def w(comp, msg, ev, pid=None, tid=None):
        L.t += dt.timedelta(microseconds=g.num(1, 2000))
        t = L.t
        p = pid if pid is not None else WU
        th = tid if tid is not None else st["tid"]
        L.emit(f"{t:%Y/%m/%d %H:%M:%S}.{t.microsecond * 10 + g.num(0, 9):07d} {p:<5} {th:<5} {comp:<15} {msg}", ev, None, comp)

    def unknown():
        t = L.t
        L.emit(f"{t:%Y/%m/%d %H:%M:%S}.{t.microsecond * 10:07d} {WU:<5} {st['tid']:<5} Unknown( {g.c([10, 16, 22, 137])}): GUID={g.uuid()} (No Format Information found).", "unknown_format")

    def idle_start(name):
        st["op"] += 1
        w("IdleTimer", f"WU operation ({name} ID {st['id']}) started; operation # {st['op']}; does use network; is not at background priority", "wu_op_started")
        return st["op"]

    def idle_stop(name, op):
        w("IdleTimer", f"WU operation ({name} ID {st['id']}, operation # {op}) stopped; does use network; is not at background priority", "wu_op_stopped")

    def sls():
        sid = g.c(SLSID)
        w("SLS", f"Get response for service {sid} - forceExpire[False] asyncRefreshOnExpiry[True]", "sls_get_response")
        w("SLS", f"path used for cache lookup: /SLS/{{{sid}}}/x64/10.0.22631.4602/0?CH={g.num(100, 999)}&L=en-US&P=&PT=0x30&WUA=1123.2411.1.0&MK=LENOVO&MD=21HQ0014GE", "sls_cache_path")
        if g.r.random() < 0.6:
            w("SLS", f"Retrieving SLS response from server using ETAG \"{g.alnum(43, B62)}=\"...", "sls_retrieving")
            w("SLS", f"Making request with URL https://slscr.update.microsoft.com/SLS/{{{sid}}}/x64/10.0.22631.4602/0?CH={g.num(100, 999)}&L=en-US&P=&PT=0x30&WUA=1123.2411.1.0&MK=LENOVO&MD=21HQ0014GE and send SLS events, cV={g.alnum(22, B62)}.{g.num(1, 9)}.{g.num(1, 9)}.", "sls_request")
            if g.r.random() < 0.1:
                w("Misc", "*FAILED* [80072EE2] Send request", "failed_send_request")
                w("SLS", "*FAILED* [80072EE2] GetResponse", "sls_failed")
            else:
                if g.r.random() < 0.7:
                    w("SLS", f"Response from server is 304 Not Modified for service {sid}", "sls_304")
                else:
                    w("SLS", f"Persisting SLS response to cache for service {sid}", "sls_persist")
        else:
            w("SLS", "Retrieving SLS response from cache", "sls_from_cache")

    def scan(caller=None):
        caller = caller or g.c(["UpdateOrchestrator", "UpdateOrchestrator", "MoUpdateOrchestrator", "Windows Defender (77BDAF73-B396-481F-9042-AD358843EC24)", "Microsoft.WindowsStore"])
        st["id"] += 1
        st["tid"] = g.c(st["tids"])
        uso = st["uso"]
        ctid = g.num(1000, 20000)
        svc = WUS if g.r.random() < 0.6 else MU
        svc_name = "Windows Update" if svc == WUS else "Microsoft Update"
        w("ComApi", f"* START *   Search ClientId = {caller}", "com_search_start", uso, ctid)
        w("ComApi", f"Search ServiceId = {{{svc}}} {svc_name}, Flags: 0x{g.c(['2010C10', '40010', '2010810'])}", "com_search_service", uso, ctid)
        op = idle_start("CSearchCall::Init")
        w("Agent", f"* START * Finding updates CallerId = {caller}  Id = {st['id']}", "agent_find_start")
        w("Agent", f"Online = {g.c(['Yes', 'Yes', 'No'])}; Interactive = {g.c(['No', 'Yes'])}; AllowCachedResults = No; Ignore download priority = No", "agent_online")
        w("Agent", "Criteria = \"IsInstalled=0 and DeploymentAction='Installation' or IsInstalled=0 and DeploymentAction='OptionalInstallation' or IsPresent=1 and DeploymentAction='Uninstallation' or IsInstalled=1 and DeploymentAction='Installation' and RebootRequired=1 or IsInstalled=0 and DeploymentAction='Uninstallation' and RebootRequired=1\"\"", "agent_criteria")
        w("Agent", f"ServiceID = {{{svc}}} {svc_name}", "agent_service_id")
        w("Agent", "Search Scope = {Machine}", "agent_search_scope")
        w("Agent", "Caller SID for Applicability: S-1-5-18", "agent_caller_sid")
        if g.r.random() < 0.5:
            w("Agent", "ProcessDriverDeferrals is set", "agent_driver_deferrals")
            w("Agent", "RegisterService is set", "agent_register_service")
        w("Misc", f"Got {svc} redir Client/Server URL: https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx\"\"", "misc_redir_url")
        w("Misc", f"Token Requested with {g.c([0, 0, 1])} category IDs.", "misc_token_requested")
        if g.r.random() < 0.7:
            w("Misc", "GetUserTickets: No user tickets found. Returning WU_E_NO_USERTOKEN.", "misc_no_user_tickets")
            w("Misc", "*FAILED* [80070426] Method failed [AuthTicketHelper::GetDeviceTickets:570]", "misc_failed_method")
        w("Misc", f"Got {svc} redir SecondaryServiceAuth URL: \"\"", "misc_secondary_url")
        w("ProtocolTalker", "OK to reuse existing configuration", "pt_reuse_config")
        if g.r.random() < 0.1:
            w("WebServices", "Auto proxy settings for this web service call.", "ws_auto_proxy")
            w("WebServices", "WinHttp: SendRequestUsingProxy failed for <https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx>. error 0x80072ee7", "ws_send_failed")
            w("WebServices", "WinHttp: SendRequestUsingProxy failed for <https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx>. error 0x80072ee7", "ws_send_failed")
            w("ProtocolTalker", "*FAILED* [80072EE7] Sync of Updates", "pt_sync_failed")
            w("ProtocolTalker", "*FAILED* [80072EE7] SyncServerUpdatesInternal failed", "pt_sync_internal_failed")
            w("Agent", "*FAILED* [80072EE7] Synchronize", "agent_sync_failed")
            w("Agent", "Exit code = 0x80072EE7", "agent_exit_code")
            w("Agent", f"* END * Finding updates CallerId = {caller}  Id = {st['id']}", "agent_find_end")
            idle_stop("CSearchCall::Init", op)
            w("ComApi", "*RESUMED* Search ClientId = " + caller, "com_search_resumed", uso, ctid)
            w("ComApi", "Search exit code = 0x80072EE7", "com_search_exit_code", uso, ctid)
            w("ComApi", f"* END *   Search ClientId = {caller}, Updates found = 0, ServiceId = {{{svc}}} (cV = {g.alnum(22, B62)}.{g.num(1, 9)}.0.{g.num(1, 9)})", "com_search_end", uso, ctid)
            return 0
        w("ProtocolTalker", "Existing cookie is valid, just use it", "pt_cookie_valid")
        w("ProtocolTalker", "PTInfo: Server requested registration", "pt_server_registration")
        w("ProtocolTalker", f"SyncUpdates round trips: {g.c([1, 1, 2, 3])}", "pt_round_trips")
        L.tick(1.5)
        found = g.c([0] * 6 + [1, 2, 3]) if svc == WUS else 0
        w("Agent", f"Found {found} updates and {g.num(60, 90)} categories in search; evaluated appl. rules of {g.num(800, 2500)} out of {g.num(2500, 5000)} deployed entities", "agent_found")
        w("Agent", f"Reporting status event with {found} installable, {g.num(0, 3)} installed,  0 installed pending, 0 failed and 0 downloaded updates", "agent_reporting_status")
        w("Agent", f"* END * Finding updates CallerId = {caller}  Id = {st['id']}", "agent_find_end")
        idle_stop("CSearchCall::Init", op)
        w("ComApi", "*RESUMED* Search ClientId = " + caller, "com_search_resumed", uso, ctid)
        w("ComApi", f"Updates found = {found}", "com_updates_found", uso, ctid)
        w("ComApi", f"* END *   Search ClientId = {caller}, Updates found = {found}, ServiceId = {{{svc}}} (cV = {g.alnum(22, B62)}.{g.num(1, 9)}.0.{g.num(1, 9)})", "com_search_end", uso, ctid)
        return found

    def download_install(n):
        ups = g.r.sample(kbs, n)
        uso = st["uso"]
        ctid = g.num(1000, 20000)
        w("ComApi", "* START *   Download ClientId = UpdateOrchestrator", "com_download_start", uso, ctid)
        w("ComApi", f"Updates in request: {n}", "com_updates_in_request", uso, ctid)
        op = idle_start("CDownloadCall::Init")
        for title, uid, rev in ups:
            job = g.uuid().upper()
            w("DownloadManager", f"New download job {{{job}}} for UpdateId {{{uid}}}.{rev}", "dm_new_job")
            w("DownloadManager", f"Preparing update for install, updateId = {{{uid}}}.{rev}.", "dm_preparing")
            if g.r.random() < 0.15:
                w("DownloadManager", f"BITS job {{{job}}} hit a transient error, updateId = {{{uid}}}.{rev}, error = 0x80072EE2", "dm_bits_transient")
                L.tick(30)
                w("DownloadManager", f"Download job {{{job}}} resumed.", "dm_job_resumed")
            L.tick(8)
            w("DownloadManager", f"Update {{{uid}}}.{rev} is downloaded.", "dm_downloaded")
        idle_stop("CDownloadCall::Init", op)
        w("ComApi", "* END *   Download ClientId = UpdateOrchestrator", "com_download_end", uso, ctid)
        w("ComApi", "* START *   Install ClientId = UpdateOrchestrator", "com_install_start", uso, ctid)
        w("ComApi", f"Updates in request: {n}", "com_updates_in_request", uso, ctid)
        op = idle_start("CInstallCall::Init")
        reboot = False
        for title, uid, rev in ups:
            w("Deployment", f"Deployment job Id {{{g.uuid().upper()}}} : Installing for Top level update id {{{uid}}}.{rev}, Bundled update id {{{g.uuid().upper()}}}.{rev}", "deploy_installing")
            w("Handler", f"Starting install of update {title}", "handler_starting")
            L.tick(40)
            if "Cumulative Update for Windows" in title:
                pkg = "Package_for_RollupFix~31bf3856ad364e35~amd64~~22631.4602.1.10"
                w("Handler", f"Requesting post-reboot reporting for package {pkg}.", "handler_post_reboot")
                w("Handler", f"Install complete for package {pkg}, result 0x00000000, reboot required", "handler_install_reboot")
                reboot = True
            elif g.r.random() < 0.08:
                w("Handler", f"*FAILED* [80070643] Install of update {title} failed", "handler_failed")
            else:
                w("Handler", f"Install complete for update {title}, result 0x00000000", "handler_install_complete")
            w("Deployment", f"Deployment job Id {{{g.uuid().upper()}}} : Update {{{uid}}}.{rev} completed, Installation Result = 0x00000000, Reboot required = {'True' if reboot else 'False'}", "deploy_completed")
        idle_stop("CInstallCall::Init", op)
        w("ComApi", f"Reboot required = {'True' if reboot else 'False'}", "com_reboot_required", uso, ctid)
        w("ComApi", "* END *   Install ClientId = UpdateOrchestrator", "com_install_end", uso, ctid)
        if reboot:
            w("Shared", "Effective power state: AC", "shared_power_state")
            w("Agent", "Reboot required: pending reboot for 1 update(s)", "agent_reboot_pending")

    def scan_cycle():
        if g.r.random() < 0.5:
            sls()
        found = scan()
        if found:
            download_install(found)

    def timers():
        w("Agent", "Earliest future timer found:", "agent_earliest_timer")
        for tid, desc in [("29A863E7-8609-4D1E-B7CD-5668F857F1DB", "not idle-only, not network-only"), ("B7C8E7CD-62E4-4F4A-9B41-7B8E3D7C84E6", "not idle-only, network-only")]:
            exp = L.t + dt.timedelta(hours=g.num(1, 22), minutes=g.num(0, 59))
            w("Agent", f"    Timer: {tid}, Expires {exp:%Y-%m-%d %H:%M:%S}, {desc}", "agent_timer")

    def purge():
        w("DownloadManager", f"PurgeExpiredFiles::Found {g.num(0, 6)} expired files to delete.", "dm_purge_files")
        w("DownloadManager", f"PurgeExpiredUpdates::Found {g.num(900, 2400)} non expired updates.", "dm_purge_updates")
        w("DownloadManager", f"PurgeExpiredUpdates::Found {g.num(0, 12)} expired updates.", "dm_purge_expired")

    def svc_start():
        st["tid"] = g.c(st["tids"])
        w("Shared", "* START * Service startup", "svc_startup_start")
        w("Agent", "WU client version 1123.2411.1.0", "agent_wu_version")
        w("Agent", "Base directory: C:\\WINDOWS\\SoftwareDistribution", "agent_base_dir")
        w("Agent", "Datastore directory: C:\\WINDOWS\\SoftwareDistribution\\DataStore\\DataStore.edb", "agent_datastore_dir")
        w("DataStore", "JetEnableMultiInstance succeeded - applicable param count: 5, applied param count: 5", "ds_jet_multi")
        w("Shared", "Network state: Connected", "shared_network_state")
        w("Shared", "Effective power state: AC", "shared_power_state")
        w("Agent", f"Initializing global settings cache", "agent_init_settings")
        w("Agent", "WSUS server: <NULL>", "agent_wsus_server")
        w("Agent", "WSUS status server: <NULL>", "agent_wsus_status")
        w("Agent", "Alternate Download Server: NULL", "agent_alt_download")
        w("Agent", "Fill Empty Content Urls: No", "agent_fill_empty")
        w("Agent", "Target group: (Unassigned Computers)", "agent_target_group")
        w("Agent", "Windows Update access disabled: No", "agent_access_disabled")
        w("Agent", "Do not connect to Windows Update Internet locations: No", "agent_no_internet")
        w("IdleTimer", "Non-AoAc machine.  Aoac operations will be ignored.", "idle_non_aoac")
        w("Agent", f"Adding timer: ", "agent_adding_timer")
        w("Agent", f"    Timer: 29A863E7-8609-4D1E-B7CD-5668F857F1DB, Expires {L.t + dt.timedelta(hours=1):%Y-%m-%d %H:%M:%S}, not idle-only, not network-only", "agent_timer")
        w("Shared", "* END * Service startup", "svc_startup_end")

    def svc_stop():
        w("Shared", "* START * Service shutdown", "svc_shutdown_start")
        w("Agent", "WU client shutting down", "agent_shutting_down")
        w("Shared", "* END * Service shutdown", "svc_shutdown_end")
        L.tick(600)
        st["uso"] = g.num(5000, 20000)
        svc_start()

    def store_scan():
        scan("Microsoft.WindowsStore")

    st["tid"] = st["tids"][0]
    svc_start()
    ev = [(10, scan_cycle), (2, store_scan), (3, timers), (1.5, purge), (1.5, unknown), (1.2, svc_stop)]
    return L.run(slowed(L, ev, 1800), None)


# 8 ---------------------------------------------------------------- Firefox 133 on Linux with MOZ_LOG=timestamp,sync,nsHttp:5,nsHostResolver:5,cache2:3 MOZ_LOG_FILE=/tmp/ff.log (the parent's file)
@checked
def log_firefox(seed):
    L = Log("firefox_moz_log", seed, "full", True, True)
    g = L.g
    PARENT, CHILD = g.num(3000, 9000), 0
    CHILD = PARENT + g.num(100, 900)
    sites = [("www.example.com", ["/", "/static/app.9f3c1.js", "/static/main.css", "/api/v2/items?page=2", "/img/hero.webp"], "h2"),
             ("api.weather.example.net", ["/v1/forecast?lat=52.52&lon=13.41&hourly=temperature_2m"], "h2"),
             ("firefox.settings.services.mozilla.com", ["/v1/buckets/main/collections/ms-language-packs/records", "/v1/buckets/monitor/collections/changes/changeset?_expected=0"], "h2"),
             ("push.services.mozilla.com", ["/"], "http/1.1"), ("cdn.jsdelivr.net", ["/npm/chart.js@4.4.1/dist/chart.umd.min.js"], "h2"),
             ("intranet.corp.example", ["/wiki/Onboarding", "/wiki/Special:Search?search=vpn"], "http/1.1")]
    UA = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
    addrs = {"www.example.com": "93.184.215.14", "api.weather.example.net": "203.0.113.80", "firefox.settings.services.mozilla.com": "34.149.100.209",
             "push.services.mozilla.com": "34.107.243.93", "cdn.jsdelivr.net": "151.101.1.229", "intranet.corp.example": "10.20.0.15"}
    cache = set()

    def p():
        return f"{g.c(['7f', '7e'])}{g.hx(10)}"

    def m(proc, thread, lv, mod, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(3, 900))
        t = L.t
        pid = PARENT if proc == "Parent" else CHILD
        L.emit(f"{t:%Y-%m-%d %H:%M:%S}.{us6(t)} UTC - [{proc} {pid}: {thread}]: {lv}/{mod} {msg}", ev, lv, mod)

    def load():
        host, paths, proto = g.c(sites)
        path = g.c(paths)
        url = f"https://{host}{path}"
        ch, tr, conn = p(), p(), p()
        child = g.r.random() < 0.6
        if child:
            m("Child", "Main Thread", "D", "nsHttp", f"HttpChannelChild::AsyncOpen [this={p()} uri={url}]", "child_asyncopen")
            m("Parent", "Main Thread", "D", "nsHttp", f"HttpChannelParent RecvAsyncOpen [this={p()} uri={url}, gid={g.num(10 ** 15, 10 ** 16)} topwinid={g.hx(9)}]", "parent_recvasyncopen")
        m("Parent", "Main Thread", "D", "nsHttp", f"Creating HttpBaseChannel @{ch}", "creating_channel")
        m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel::Init [this={ch}]", "channel_init")
        m("Parent", "Main Thread", "V", "nsHttp", f"host={host} port=-1", "host_port")
        m("Parent", "Main Thread", "V", "nsHttp", f"uri={url}", "uri")
        m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel::AsyncOpen [this={ch}]", "channel_asyncopen")
        m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel::Connect [this={ch}]", "channel_connect")
        if host in cache:
            m("Parent", "Main Thread", "D", "nsHostResolver", f"Using cached record for host [{host}].", "dns_cached")
        else:
            cache.add(host)
            m("Parent", "Main Thread", "D", "nsHostResolver", f"Resolving host [{host}].", "dns_resolving")
            m("Parent", "Main Thread", "D", "nsHostResolver", f"DNS lookup for host [{host}] blocking pending 'getaddrinfo' or trr query: callback [{p()}]", "dns_pending")
            th = f"DNS Resolver #{g.num(1, 6)}"
            m("Parent", th, "D", "nsHostResolver", f"DNS lookup thread - Calling getaddrinfo for host [{host}].", "dns_getaddrinfo")
            L.tick(0.02)
            if g.r.random() < 0.04:
                m("Parent", th, "D", "nsHostResolver", f"DNS lookup thread - lookup completed for host [{host}]: failure: 804b001e.", "dns_failed")
                m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel::OnLookupComplete [this={ch}] prefetch complete failed (status 804b001e)", "lookup_failed")
                m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel::OnStopRequest [this={ch} request={tr} status=804b001e]", "on_stop_request")
                cache.discard(host)
                return
            m("Parent", th, "D", "nsHostResolver", f"DNS lookup thread - lookup completed for host [{host}]: success.", "dns_success")
            m("Parent", th, "D", "nsHostResolver", f"CompleteLookup: {host} has {addrs[host]}", "dns_complete")
        m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel {ch} created nsHttpTransaction {tr}", "created_transaction")
        m("Parent", "Socket Thread", "D", "nsHttp", f"nsHttpConnectionMgr::OnMsgProcessPendingQ [ci=.S.......[tlsflags0x00000000]{host}:443 {{NPN-TOKEN {proto}}}]", "process_pending_q")
        if g.r.random() < 0.3:
            m("Parent", "Socket Thread", "D", "nsHttp", f"nsHttpConnection::Init this={conn} sockettransport={p()} forWebSocket=0", "connection_init")
            if proto == "h2":
                m("Parent", "Socket Thread", "D", "nsHttp", f"Http2Session::Http2Session {p()} serial=0x{g.num(1, 90):X}", "http2_session")
        m("Parent", "Socket Thread", "D", "nsHttp", f"nsHttpConnection::Activate [this={conn} trans={tr} caps={g.c(['21', '25', '121'])}]", "connection_activate")
        m("Parent", "Socket Thread", "I", "nsHttp", "http request [", "http_request_begin")
        hdrs = [f"GET {path} HTTP/1.1", f"Host: {host}", f"User-Agent: {UA}", "Accept: " + g.c(["*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"]),
                "Accept-Language: en-US,en;q=0.5", "Accept-Encoding: gzip, deflate, br, zstd"]
        if g.r.random() < 0.6:
            hdrs.append(f"Referer: https://{host}/")
        if g.r.random() < 0.5:
            hdrs.append(f"Cookie: sid={g.alnum(32)}; consent=1")
        hdrs += ["Connection: keep-alive", "Sec-Fetch-Dest: " + g.c(["empty", "script", "document", "image", "style"]), "Sec-Fetch-Mode: " + g.c(["cors", "no-cors", "navigate"]),
                 "Sec-Fetch-Site: same-origin", "Priority: u=" + str(g.num(0, 6))]
        for h in hdrs:
            m("Parent", "Socket Thread", "I", "nsHttp", f"  {h}", "http_header_line")
        m("Parent", "Socket Thread", "I", "nsHttp", "]", "http_block_end")
        for _ in range(g.num(1, 3)):
            m("Parent", "Socket Thread", "V", "nsHttp", f"nsHttpTransaction::OnSocketStatus [this={tr} status={g.c(['4b0005', '4b0008', '4b0009', '4b000a'])} progress={g.num(0, 4000)}]", "on_socket_status")
        L.tick(g.c([0.03, 0.08, 0.3]))
        if g.r.random() < 0.04:
            m("Parent", "Socket Thread", "D", "nsHttp", f"nsHttpTransaction::Close [this={tr} reason={g.c(['804b000e', '804b0014', '804b000d'])}]", "transaction_close")
            m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel::OnStopRequest [this={ch} request={tr} status={g.c(['804b000e', '804b0014'])}]", "on_stop_request")
            return
        code = g.c([200] * 10 + [204, 304, 301, 404, 403])
        m("Parent", "Socket Thread", "I", "nsHttp", "http response [", "http_response_begin")
        rh = [f"HTTP/{'2' if proto == 'h2' else '1.1'} {code} {'' if proto == 'h2' else {200: 'OK', 204: 'No Content', 304: 'Not Modified', 301: 'Moved Permanently', 404: 'Not Found', 403: 'Forbidden'}[code]}",
              f"date: {L.t:%a, %d %b %Y %H:%M:%S} GMT", "content-type: " + g.c(["application/json", "text/html; charset=utf-8", "text/javascript", "image/webp", "text/css"])]
        if code == 200:
            rh.append(f"content-length: {g.num(100, 400000)}")
        rh += ["cache-control: " + g.c(["no-cache", "max-age=3600", "public, max-age=31536000, immutable"]), f"etag: \"{g.hx(16)}\"", "strict-transport-security: max-age=63072000"]
        if proto == "h2":
            rh.append("X-Firefox-Spdy: h2")
        for h in rh:
            m("Parent", "Socket Thread", "I", "nsHttp", f"  {h}", "http_header_line")
        m("Parent", "Socket Thread", "I", "nsHttp", "]", "http_block_end")
        m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel::OnStartRequest [this={ch} request={tr} status=0]", "on_start_request")
        if g.r.random() < 0.4:
            m("Parent", "Main Thread", "D", "cache2", f"CacheEntry::CacheEntry [this={p()}]", "cache_entry")
            m("Parent", "Cache2 I/O", "D", "cache2", f"CacheFileIOManager::OpenFileInternal() [handle={p()}, key=a,:{url}]", "cache_open_file")
        for _ in range(g.num(0, 3)):
            m("Parent", "Socket Thread", "V", "nsHttp", f"nsHttpTransaction::WritePipeSegment {tr} written={g.num(100, 16384)}", "write_pipe_segment")
        m("Parent", "Socket Thread", "D", "nsHttp", f"nsHttpTransaction::Close [this={tr} reason=0]", "transaction_close")
        m("Parent", "Main Thread", "D", "nsHttp", f"nsHttpChannel::OnStopRequest [this={ch} request={tr} status=0]", "on_stop_request")
        if child:
            m("Child", "Main Thread", "D", "nsHttp", f"HttpChannelChild::OnStopRequest [this={p()} status=0]", "child_onstoprequest")

    def goaway():
        m("Parent", "Socket Thread", "D", "nsHttp", f"Http2Session::RecvGoAway {p()} GOAWAY Last-Good-ID 0x{g.num(1, 400):X} status 0x0", "recv_goaway")
        m("Parent", "Socket Thread", "D", "nsHttp", f"Http2Session::Close {p()} {g.c(['80470002', '0'])}", "http2_close")

    def idle_close():
        m("Parent", "Socket Thread", "D", "nsHttp", f"nsHttpConnectionMgr::PruneDeadConnectionsCB [ci=.S.......[tlsflags0x00000000]{g.c(list(addrs))}:443 {{NPN-TOKEN h2}}]", "prune_dead")
        m("Parent", "Socket Thread", "D", "nsHttp", f"nsHttpConnection::Close [this={p()} reason=80004004]", "connection_close")

    def cache_evict():
        m("Parent", "Cache2 I/O", "I", "cache2", f"CacheFileIOManager::OverLimitEvictionInternal() - Cache size over limit. [cacheSize={g.num(350000, 360000)}kB, limit=358400kB]", "cache_over_limit")
        m("Parent", "Cache2 I/O", "D", "cache2", f"CacheFileIOManager::OverLimitEvictionInternal() - Evicting entry [hash={g.hx(40).upper()}]", "cache_evicting")

    def trr():
        host = g.c(list(addrs))
        m("Parent", "Main Thread", "D", "nsHostResolver", f"TRR service not enabled - off or disabled", "trr_not_enabled")
        m("Parent", "Main Thread", "D", "nsHostResolver", f"NativeLookup host:{host} af:0", "native_lookup")

    def err():
        m("Parent", "Socket Thread", "E", "nsHttp", f"nsHttpConnection::OnSocketReadable {p()} trans->WriteSegments failed [rv=80004004]", "socket_readable_failed")

    ev = [(30, load), (1.5, goaway), (2.5, idle_close), (0.6, cache_evict), (1, trr), (0.2, err)]
    return L.run(ev, None)


# 9 ---------------------------------------------------------------- FileZilla Server 0.9.60 beta (Windows Server 2016, US locale) Logs\FileZilla Server.log: customers' SFTP-less FTP(S) uploads, and bots
@checked
def log_filezilla(seed):
    L = Log("filezilla_server", seed, "full", False, False)
    g = L.g
    users = {"acme-upload": "203.0.113.45", "printshop": "198.51.100.23", "alice": "10.0.5.21", "scanner01": "10.0.7.50", "bkp-nas": "10.0.9.8", "partner-eu": "185.12.64.77"}
    bots = [g.ip("pub") for _ in range(10)]
    st = {"sess": g.num(1, 900)}
    files = ["report_2026-11.xlsx", "invoice_4471.pdf", "scan_0001.pdf", "IMG_2031.JPG", "backup-2026-12-01.tar.gz", "orders.csv", "Artwork Final v3.ai", "catalog_winter.indd", "data.zip"]

    def line(sid, user, ip, text, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"({sid:06d}){h12(L.t)} - {user} ({ip})> {text}", ev)

    def welcome(sid, ip):
        u = "(not logged in)"
        line(sid, u, ip, "Connected on port 21, sending welcome message...", "connected")
        line(sid, u, ip, "220-FileZilla Server 0.9.60 beta", "r220_version")
        line(sid, u, ip, "220-written by Tim Kosse (tim.kosse@filezilla-project.org)", "r220_author")
        line(sid, u, ip, "220 Please visit https://filezilla-project.org/", "r220_visit")

    def session():
        st["sess"] += 1
        sid = st["sess"]
        user = g.c(list(users))
        ip = users[user]
        welcome(sid, ip)
        u = "(not logged in)"
        tls = user not in ("scanner01",)
        if tls:
            line(sid, u, ip, "AUTH TLS", "c_auth_tls")
            line(sid, u, ip, "234 Using authentication type TLS", "r234_auth_tls")
            line(sid, u, ip, "TLS connection established", "tls_established")
        line(sid, u, ip, f"USER {user}", "c_user")
        line(sid, u, ip, f"331 Password required for {user}", "r331_password_required")
        line(sid, u, ip, "PASS " + "*" * g.num(8, 16), "c_pass")
        if g.r.random() < 0.05:
            line(sid, u, ip, "530 Login or password incorrect!", "r530_incorrect")
            line(sid, u, ip, "QUIT", "c_quit")
            line(sid, u, ip, "221 Goodbye", "r221_goodbye")
            line(sid, u, ip, "disconnected.", "disconnected")
            return
        u = user
        line(sid, u, ip, "230 Logged on", "r230_logged_on")
        if tls:
            line(sid, u, ip, "PBSZ 0", "c_pbsz")
            line(sid, u, ip, "200 PBSZ=0", "r200_pbsz")
            line(sid, u, ip, "PROT P", "c_prot")
            line(sid, u, ip, "200 Protection level set to P", "r200_prot")
        if g.r.random() < 0.5:
            line(sid, u, ip, "OPTS UTF8 ON", "c_opts_utf8")
            line(sid, u, ip, "202 UTF8 mode is always enabled. No need to send this command.", "r202_utf8")
        if g.r.random() < 0.3:
            line(sid, u, ip, "FEAT", "c_feat")
            line(sid, u, ip, "211-Features:", "r211_features_head")
            for f in ["MDTM", "REST STREAM", "SIZE", "MLST type*;size*;modify*;", "MLSD", "UTF8", "CLNT", "MFMT", "EPSV", "EPRT", "AUTH SSL", "AUTH TLS", "PROT", "PBSZ"]:
                line(sid, u, ip, f" {f}", "r211_feature_line")
            line(sid, u, ip, "211 End", "r211_end")
        line(sid, u, ip, "PWD", "c_pwd")
        line(sid, u, ip, '257 "/" is current directory.', "r257_pwd")
        cwd = "/"
        for _ in range(g.num(1, 6)):
            k = g.num(0, 9)
            if k <= 1:
                d = g.c(["/uploads", "/outgoing", "/2026/12", "/print/incoming", "/scans"])
                line(sid, u, ip, f"CWD {d}", "c_cwd")
                if g.r.random() < 0.1:
                    line(sid, u, ip, "550 CWD failed. \"" + d + "\": directory not found.", "r550_cwd_failed")
                else:
                    cwd = d
                    line(sid, u, ip, f'250 CWD successful. "{d}" is current directory.', "r250_cwd")
            elif k <= 3:
                line(sid, u, ip, "TYPE I", "c_type_i")
                line(sid, u, ip, "200 Type set to I", "r200_type")
                pasv(sid, u, ip)
                line(sid, u, ip, "MLSD", "c_mlsd")
                line(sid, u, ip, f'150 Opening data channel for directory listing of "{cwd}"', "r150_listing")
                line(sid, u, ip, f'226 Successfully transferred "{cwd}"', "r226_transferred")
            elif k <= 6:
                f = g.c(files)
                path = (cwd.rstrip("/") + "/" + f)
                pasv(sid, u, ip)
                line(sid, u, ip, f"STOR {f}", "c_stor")
                line(sid, u, ip, f'150 Opening data channel for file upload to server of "{path}"', "r150_upload")
                L.tick(3)
                if g.r.random() < 0.06:
                    line(sid, u, ip, f'550 can\'t access file.', "r550_cant_access")
                elif g.r.random() < 0.05:
                    line(sid, u, ip, "426 Connection closed; transfer aborted.", "r426_aborted")
                else:
                    line(sid, u, ip, f'226 Successfully transferred "{path}"', "r226_transferred")
                    if g.r.random() < 0.3:
                        line(sid, u, ip, f"MFMT {L.t:%Y%m%d%H%M%S} {f}", "c_mfmt")
                        line(sid, u, ip, f"213 modify={L.t:%Y%m%d%H%M%S}; {path}", "r213_modify")
            elif k <= 7:
                f = g.c(files)
                path = (cwd.rstrip("/") + "/" + f)
                line(sid, u, ip, f"SIZE {f}", "c_size")
                if g.r.random() < 0.5:
                    line(sid, u, ip, "550 File not found", "r550_not_found")
                    continue
                line(sid, u, ip, f"213 {g.num(1000, 90_000_000)}", "r213_size")
                pasv(sid, u, ip)
                line(sid, u, ip, f"RETR {f}", "c_retr")
                line(sid, u, ip, f'150 Opening data channel for file download from server of "{path}"', "r150_download")
                L.tick(2)
                line(sid, u, ip, f'226 Successfully transferred "{path}"', "r226_transferred")
            elif k == 8:
                f = g.c(files)
                line(sid, u, ip, f"DELE {f}", "c_dele")
                line(sid, u, ip, "250 File deleted successfully", "r250_deleted")
            else:
                line(sid, u, ip, "NOOP", "c_noop")
                line(sid, u, ip, "200 OK", "r200_noop")
        if g.r.random() < 0.15:
            L.tick(120)
            line(sid, u, ip, "421 Connection timed out.", "r421_timeout")
            line(sid, u, ip, "disconnected.", "disconnected")
            return
        line(sid, u, ip, "QUIT", "c_quit")
        line(sid, u, ip, "221 Goodbye", "r221_goodbye")
        line(sid, u, ip, "disconnected.", "disconnected")

    def pasv(sid, u, ip):
        if g.r.random() < 0.8:
            line(sid, u, ip, "PASV", "c_pasv")
            p = g.num(50000, 51000)
            line(sid, u, ip, f"227 Entering Passive Mode (203,0,113,10,{p // 256},{p % 256})", "r227_pasv")
        else:
            line(sid, u, ip, "EPSV", "c_epsv")
            line(sid, u, ip, f"229 Entering Extended Passive Mode (|||{g.num(50000, 51000)}|)", "r229_epsv")

    def bot():
        ip = g.c(bots)
        for _ in range(g.num(1, 4)):
            st["sess"] += 1
            sid = st["sess"]
            welcome(sid, ip)
            u = "(not logged in)"
            if g.r.random() < 0.2:
                line(sid, u, ip, "could not send reply, disconnected.", "could_not_send")
                continue
            for _ in range(g.num(1, 3)):
                name = g.c(["administrator", "admin", "anonymous", "ftp", "user", "test", "root", "ftpuser", "www-data"])
                line(sid, u, ip, f"USER {name}", "c_user")
                line(sid, u, ip, f"331 Password required for {name}", "r331_password_required")
                line(sid, u, ip, "PASS " + "*" * g.num(4, 14), "c_pass")
                L.tick(3)
                line(sid, u, ip, "530 Login or password incorrect!", "r530_incorrect")
            line(sid, u, ip, "disconnected.", "disconnected")
            L.tick(2)

    def scanner_probe():
        st["sess"] += 1
        sid = st["sess"]
        ip = g.c(bots)
        welcome(sid, ip)
        u = "(not logged in)"
        cmd = g.c(["HELP", "SYST", "SYST", "GET / HTTP/1.1"])
        if cmd == "SYST":
            line(sid, u, ip, "SYST", "c_syst")
            line(sid, u, ip, "215 UNIX emulated by FileZilla", "r215_syst")
        elif cmd == "HELP":
            line(sid, u, ip, "HELP", "c_help")
            line(sid, u, ip, "530 Please log in with USER and PASS first.", "r530_login_first")
        else:
            line(sid, u, ip, cmd, "c_http_get")
            line(sid, u, ip, "500 Syntax error, command unrecognized.", "r500_syntax")
        line(sid, u, ip, "disconnected.", "disconnected")

    ev = [(8, session), (3, bot), (1, scanner_probe)]
    return L.run(slowed(L, ev, 120), None)


# 10 --------------------------------------------------------------- Tor 0.4.8 non-exit relay, /var/log/tor/notices.log (Log notice file), a week with restarts
@checked
def log_tor(seed):
    L = Log("tor_relay_notices", seed, "noyear", True, False, start=dt.datetime(2026, 11, 26, 8, 12, 40, tzinfo=UTC))
    g = L.g
    MYIP = "198.51.100.7"
    st = {"boot": L.t, "circ": 0, "sent": 0.0, "recv": 0.0, "in4": 0, "in6": 0, "out4": 0, "out6": 0, "hb": 0, "killed": 0, "rej": 0, "marked": 0, "v5i": 0, "v5r": 0, "tap": 0, "ntor": 0}
    FP = g.HX(40)

    def t(lv, msg, ev):
        L.emit(f"{L.t:%b %d %H:%M:%S}.000 [{lv}] {msg}", ev, lv)

    def startup(reload=False):
        st["boot"] = L.t
        for k in ("sent", "recv", "in4", "in6", "out4", "out6", "killed", "rej", "marked", "v5i", "v5r"):
            st[k] = 0
        st["hb"] = 0
        t("notice", "Tor 0.4.8.13 running on Linux with Libevent 2.1.12-stable, OpenSSL 3.0.13, Zlib 1.3, Liblzma 5.4.5, Libzstd 1.5.5 and Glibc 2.39 as libc.", "running_on")
        t("notice", "Tor can't help you if you use it wrong! Learn how to be safe at https://support.torproject.org/faq/staying-anonymous/", "cant_help")
        t("notice", "Read configuration file \"/usr/share/tor/tor-service-defaults-torrc\".", "read_config")
        t("notice", "Read configuration file \"/etc/tor/torrc\".", "read_config")
        t("notice", f"Based on detected system memory, MaxMemInQueues is set to {g.c([2953, 3923, 5906])} MB. You can override this by setting MaxMemInQueues by hand.", "maxmem")
        t("notice", "Opening Control listener on 127.0.0.1:9051", "opening_listener")
        t("notice", "Opened Control listener connection (ready) on 127.0.0.1:9051", "opened_listener")
        t("notice", "Opening OR listener on 0.0.0.0:9001", "opening_listener")
        t("notice", "Opened OR listener connection (ready) on 0.0.0.0:9001", "opened_listener")
        t("notice", "Opening OR listener on [::]:9001", "opening_listener")
        t("notice", "Opened OR listener connection (ready) on [::]:9001", "opened_listener")
        L.tick(1)
        t("notice", "Parsing GEOIP IPv4 file /usr/share/tor/geoip.", "parsing_geoip")
        t("notice", "Parsing GEOIP IPv6 file /usr/share/tor/geoip6.", "parsing_geoip")
        t("notice", "Configured to measure statistics. Look for the *-stats files that will first be written to the data directory in 24 hours from now.", "measure_stats")
        t("notice", f"Your Tor server's identity key fingerprint is 'SleepyBadger {FP}'", "fingerprint")
        t("notice", f"Your Tor server's identity key ed25519 fingerprint is 'SleepyBadger {g.alnum(43, B62)}'", "fingerprint_ed25519")
        t("notice", "Bootstrapped 0% (starting): Starting", "bootstrapped")
        t("notice", "Starting with guard context \"default\"", "guard_context")
        L.tick(2)
        for pct, tag, desc in [(5, "conn", "Connecting to a relay"), (10, "conn_done", "Connected to a relay"), (14, "handshake", "Handshaking with a relay"),
                               (15, "handshake_done", "Handshake with a relay done"), (75, "enough_dirinfo", "Loaded enough directory info to build circuits"),
                               (90, "ap_handshake_done", "Handshake finished with a relay to build circuits"), (95, "circuit_create", "Establishing a Tor circuit")]:
            L.tick(0.6)
            t("notice", f"Bootstrapped {pct}% ({tag}): {desc}", "bootstrapped")
        t("notice", f"External address seen and suggested by a directory authority: {MYIP}", "external_address")
        t("notice", "Bootstrapped 100% (done): Done", "bootstrapped")
        t("notice", f"Now checking whether IPv4 ORPort {MYIP}:9001 is reachable... (this may take up to 20 minutes -- look for log messages indicating success)", "checking_reachable")
        L.tick(40)
        if g.r.random() < 0.85:
            t("notice", f"Self-testing indicates your ORPort {MYIP}:9001 is reachable from the outside. Excellent. Publishing server descriptor.", "reachable")
        else:
            L.tick(1200)
            t("warn", f"Your server has not managed to confirm reachability for its ORPort(s) at {MYIP}:9001. Relays do not publish descriptors until their ORPort and DirPort are reachable. Please check your firewalls, ports, address, /etc/hosts file, etc.", "not_reachable")
            L.tick(300)
            t("notice", f"Self-testing indicates your ORPort {MYIP}:9001 is reachable from the outside. Excellent. Publishing server descriptor.", "reachable")
        L.tick(900)
        t("notice", "Performing bandwidth self-test...done.", "bandwidth_selftest")

    def heartbeat():
        st["hb"] += 1
        up = L.t - st["boot"]
        d, rem = up.days, up.seconds
        upt = (f"{d} day{'s' if d > 1 else ''} " if d else "") + f"{rem // 3600}:{rem % 3600 // 60:02d} hours"
        st["sent"] += g.r.uniform(8, 60)
        st["recv"] += g.r.uniform(8, 60)
        for k, a, b in [("in4", 2000, 9000), ("in6", 100, 800), ("out4", 500, 3000), ("out6", 10, 200), ("v5i", 300, 2000), ("v5r", 2000, 9000)]:
            st[k] += g.num(a, b)
        st["killed"] += g.num(0, 30)
        st["rej"] += g.num(0, 400)
        st["marked"] += g.num(0, 5)
        t("notice", f"Heartbeat: Tor's uptime is {upt}, with {g.num(2000, 9000)} circuits open. I've sent {st['sent']:.2f} GB and received {st['recv']:.2f} GB. I've received {st['in4']} connections on IPv4 and {st['in6']} on IPv6. I've made {st['out4']} connections with IPv4 and {st['out6']} with IPv6.", "heartbeat")
        if st["hb"] == 1:
            t("notice", "While bootstrapping, fetched this many bytes: ", "fetched_bootstrapping")
            for n, what in [(g.num(600000, 700000), "consensus network-status fetch"), (g.num(10000, 20000), "authority cert fetch"), (g.num(9000000, 12000000), "microdescriptor fetch")]:
                t("notice", f"    {n} ({what})", "fetched_row")
        t("notice", "While not bootstrapping, fetched this many bytes: ", "fetched_not_bootstrapping")
        for n, what in [(g.num(1000000, 9000000), "server descriptor fetch"), (g.num(400, 9000), "server descriptor upload"), (g.num(1000000, 4000000), "consensus network-status fetch"),
                        (g.num(100000, 900000), "microdescriptor fetch")]:
            t("notice", f"    {n} ({what})", "fetched_row")
        t("notice", f"Average packaged cell fullness: {g.f(40, 80, 3)}%. TLS write overhead: {g.num(2, 5)}%", "cell_fullness")
        a, b = g.num(0, 200), g.num(20000, 400000)
        t("notice", f"Circuit handshake stats since last time: {a}/{a} TAP, {b}/{b} NTor.", "handshake_stats")
        t("notice", f"Since startup we initiated 0 and received 0 v1 connections; initiated 0 and received 0 v2 connections; initiated 0 and received {g.num(0, 40)} v3 connections; initiated 0 and received {g.num(0, 90)} v4 connections; initiated {st['v5i']} and received {st['v5r']} v5 connections.", "since_startup_conns")
        t("notice", f"Heartbeat: DoS mitigation since startup: {st['killed']} circuits killed because of too many cells, {st['rej']} circuits rejected, {st['marked']} marked addresses, 0 marked addresses for max queue, 0 same address concurrent connections rejected, {g.num(0, 30)} connections rejected, 0 single hop clients refused, 0 INTRODUCE2 rejected.", "dos_mitigation")
        if up.total_seconds() > 86400:
            t("notice", f"Heartbeat: In the last 6 hours, I have seen {g.num(20, 900)} unique clients.", "unique_clients")

    def too_many():
        t("warn", f"Failing because we have {g.num(4060, 4070)} connections already. Please read doc/TUNING for guidance. [{g.num(10, 9000)} similar message(s) suppressed in last 60 seconds]", "failing_connections")

    def status404():
        t("warn", f"Received http status code 404 (\"Not found\") from server {g.c(['86.59.21.38', '128.31.0.39', '45.66.33.45', '199.58.81.140'])}:{g.c([80, 443])} while fetching \"/tor/keys/fp/{g.HX(40)}\".", "http_status")

    def padding():
        t("notice", f"Channel padding timeout scheduled {g.num(150000, 900000)}ms in the past. ", "padding_timeout")

    def clock():
        t("warn", f"Your system clock just jumped {g.num(100, 400)} seconds forward; assuming established circuits no longer work.", "clock_jumped")

    def lowmem():
        t("notice", f"We're low on memory (cell queues total alloc: {g.num(10 ** 8, 10 ** 9)} buffer total alloc: {g.num(10 ** 7, 10 ** 8)}, tor compress total alloc: {g.num(0, 10 ** 6)} (zlib: {g.num(0, 10 ** 5)}, zstd: 0, lzma: 0), rendezvous cache total alloc: 0). Killing circuits withover-long queues. (This behavior is controlled by MaxMemInQueues.)", "low_memory")
        t("notice", f"Removed {g.num(10 ** 7, 10 ** 9)} bytes by killing {g.num(1, 60)} circuits; {g.num(1000, 9000)} circuits remain alive. Also killed 0 non-linked directory connections. Killed 0 edge connections", "removed_bytes")

    def relays():
        n = g.num(10, 40)
        t("notice", f"Your relay has a very large number of connections to other relays. Is your outbound address the same as your relay address? Found {n} connections to {n // 2} relays. Found {n} current canonical connections, in 0 of which we were a non-canonical peer. {n // 3} relays had more than 1 connection, 0 had more than 2, and 0 had more than 4 connections.", "many_relay_conns")

    def control():
        t("notice", "New control connection opened from 127.0.0.1.", "control_conn")

    def bad_certs():
        t("warn", f"Received a bad CERTS cell on OR connection (handshaking (proxy)) with {g.ip('pub')}:{g.c([443, 9001, 9001, 8443])} ID=<none> RSA_ID={g.HX(40)}: Link certificate does not match TLS certificate", "bad_certs")

    def ipchange():
        t("notice", f"Guessed our IP address as {MYIP} (source: {g.c(['86.59.21.38', '128.31.0.39', '204.13.164.118'])}).", "guessed_ip")

    def netact():
        t("notice", "Tor has not observed any network activity for the past 66 seconds. Disabling circuit build timeout recording.", "no_network_activity")
        L.tick(70)
        t("notice", f"Tor now sees network activity. Restoring circuit build timeout recording. Network was down for {g.num(60, 300)} seconds during {g.num(1, 20)} circuit attempts.", "network_activity_restored")

    def reload():
        t("notice", "Received reload signal (hup). Reloading config and resetting internal state.", "reload_signal")
        t("notice", "Read configuration file \"/usr/share/tor/tor-service-defaults-torrc\".", "read_config")
        t("notice", "Read configuration file \"/etc/tor/torrc\".", "read_config")
        t("notice", "Tor 0.4.8.13 opening log file.", "opening_log")

    def restart():
        t("notice", "Interrupt: we have stopped accepting new connections, and will shut down in 30 seconds. Interrupt again to exit now.", "interrupt")
        L.tick(30)
        t("notice", "Clean shutdown finished. Exiting.", "clean_shutdown")
        L.tick(40)
        startup()

    startup()
    periodic = {"last": L.t}

    def hb_wrap(fn):
        def f():
            if (L.t - periodic["last"]).total_seconds() >= 6 * 3600:
                periodic["last"] = L.t
                heartbeat()
            fn()
        return f

    ev = [(18, too_many), (6, status404), (4, padding), (0.5, clock), (1, lowmem), (2, relays), (3, control), (3, bad_certs), (1, ipchange), (0.6, netact), (0.8, reload), (0.3, restart)]
    ev = [(w, hb_wrap(fn)) for w, fn in ev]
    return L.run(slowed(L, ev, 360), None)


# 11 --------------------------------------------------------------- rspamd 3.10 /var/log/rspamd/rspamd.log on a small mail server (Postfix milter via rspamd_proxy self-scan, controller for the web UI)
@checked
def log_rspamd(seed):
    L = Log("rspamd_log", seed, "full", False, True)
    g = L.g
    P = {"main": 812, "proxy": 905, "controller": 906, "normal": [901, 902, 903, 904]}
    local = ["alice@example.org", "bob@example.org", "info@example.org", "sales@example.org", "carol.lee@example.org", "noc@example.org"]
    senders = [("newsletter@shop.example.com", "209.85.220.41", "google.com"), ("no-reply@github.com", "192.30.252.205", "github.com"), ("billing@hetzner.example", "213.133.99.100", "hetzner.example"),
               ("j.smith@partner.example.net", "198.51.100.30", "partner.example.net"), ("notifications@slack.example", "54.240.8.17", "amazonses.com")]
    spam_from = ["support@paypa1-secure.example", "info@bestprice-meds.example", "hr@job-offer-now.example", "", "noreply@dhl-track.example"]

    def uid():
        return g.hx(6)

    def r(proc, u, mod, func, msg, ev, pid=None):
        L.t += dt.timedelta(microseconds=g.num(50, 30000))
        p = pid if pid is not None else (P[proc] if proc != "normal" else g.c(P["normal"]))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} #{p}({proc if proc != 'proxy' else 'rspamd_proxy'}) <{u}>; {mod}; {func}: {msg}", ev, None, mod)

    def syms(spam):
        if not spam:
            base = [f"BAYES_HAM({-g.r.uniform(1, 3):.2f}){{{g.f(90, 99.99, 2)}%;}}", "R_DKIM_ALLOW(-0.20){%s:s=%s;}", "R_SPF_ALLOW(-0.20){+ip4:%s;}", "DMARC_POLICY_ALLOW(-0.50){%s;none;}",
                    "MIME_GOOD(-0.10){multipart/alternative;text/plain;}", "ARC_NA(0.00){}", "RCVD_COUNT_TWO(0.00){2;}", "FROM_HAS_DN(0.00){}", "TO_DN_NONE(0.00){}", "RCPT_COUNT_ONE(0.00){1;}",
                    "MID_RHS_MATCH_FROM(0.00){}", "FROM_EQ_ENVFROM(0.00){}", "ASN(0.00){asn:%d, ipnet:%s/16, country:US;}"]
        else:
            base = [f"BAYES_SPAM({g.r.uniform(3, 5.1):.2f}){{{g.f(90, 99.99, 2)}%;}}", "RBL_SPAMHAUS_XBL(4.00){%s:from;}", "URIBL_BLACK(7.50){%s:url;}", "R_SPF_FAIL(1.00){-all;}",
                    "MISSING_MID(2.50){}", "HFILTER_HOSTNAME_UNKNOWN(2.50){}", "FORGED_SENDER(0.30){%s;}", "MIME_HTML_ONLY(0.20){}", "R_DKIM_NA(0.00){}", "DMARC_NA(0.00){%s;}",
                    "ONCE_RECEIVED(0.10){}", "RCPT_COUNT_ONE(0.00){1;}", "ASN(0.00){asn:%d, ipnet:%s/16, country:RU;}"]
        out = []
        for s in g.r.sample(base, g.num(6, len(base))):
            if "%d" in s:
                s = s.replace("%d", str(g.num(1000, 65000))).replace("%s", g.ip("pub"))
            while "%s" in s:
                s = s.replace("%s", g.c(["example.org", "google.com", "mail.example.net", "bad.example"]), 1)
            out.append(s)
        return ",".join(sorted(out))

    def message():
        u = uid()
        spam = g.r.random() < 0.3
        if spam:
            frm, ip = g.c(spam_from), g.ip("pub")
        else:
            frm, ip, _ = g.c(senders)
        rcpt = g.c(local)
        qid = "4" + "".join(g.c("BCDFGHJKLMNPQRSTVWXYZ") for _ in range(4)) + g.HX(8)
        mid = f"{g.alnum(20)}@{frm.split('@')[-1] if frm else 'localhost'}"
        size = g.num(2000, 900000)
        if g.r.random() < 0.3:
            r("proxy", u, "proxy", "proxy_accept_socket", f"accepted milter connection from {'/run/rspamd/milter.sock' if g.r.random() < 0.2 else '127.0.0.1'} port {g.port()}", "accepted_milter")
        r("proxy", u, "milter", "rspamd_milter_process_command", f"got connection from {ip}:{g.port()}", "milter_connection")
        r("proxy", u, "proxy", "rspamd_message_parse", f"loaded message; id: <{mid}>; queue-id: <{qid}>; size: {size}; checksum: <{g.hx(32)}>", "loaded_message")
        if g.r.random() < 0.2:
            r("proxy", u, "proxy", "rspamd_mime_part_detect_language", f"detected languages: {g.c(['en', 'en', 'de', 'ru', 'fr'])}", "detected_language")
        action, score = ("no action", g.r.uniform(-8, 4)) if not spam else g.c([("reject", g.r.uniform(15, 40)), ("add header", g.r.uniform(6, 14.9)), ("greylist", g.r.uniform(4, 6)),
                                                                              ("rewrite subject", g.r.uniform(8, 14))])
        if action == "greylist":
            r("proxy", u, "lua", "greylist.lua:418", f"greylisted until \"{(L.t + dt.timedelta(minutes=5)):%a, %d %b %Y %H:%M:%S} GMT\", new record", "greylisted")
            r("proxy", u, "task", "rspamd_add_passthrough_result", f"<{mid}>: set pre-result to 'soft reject' (no score): 'Try again later' from greylist(1)", "passthrough_result")
            action = "soft reject"
        elif not spam and g.r.random() < 0.1:
            r("proxy", u, "lua", "greylist.lua:305", f"greylisting pass (body) until {(L.t + dt.timedelta(days=7)):%a, %d %b %Y %H:%M:%S} GMT", "greylist_pass")
        if g.r.random() < 0.08:
            r("proxy", u, "bayes", "bayes_classify", f"skip classification as ham class has not enough learns: {g.num(30, 190)}; 200 required", "bayes_skip")
        if spam and g.r.random() < 0.3:
            r("proxy", u, "fuzzy_check", "fuzzy_insert_result", f"found fuzzy hash(txt) {g.hx(16)} with weight: {g.f(0.5, 1, 2)}, probability {g.f(0.5, 1, 2)}, in list: rspamd.com:1(FUZZY_DENIED); too high score for local", "fuzzy_found")
        if spam and g.r.random() < 0.1:
            r("proxy", u, "lua", "ratelimit.lua:616", f"ratelimit \"to_ip_from({g.alnum(12)})\" exceeded", "ratelimit_exceeded")
        L.tick(0.3)
        if g.r.random() < 0.01:
            r("proxy", u, "task", "rspamd_task_timeout", "processing of task time out: 8.0s spent; 8.0s limit; forced processing", "task_timeout")
        t_real = g.r.uniform(30, 1500)
        line = (f"id: <{mid}>, qid: <{qid}>, ip: {ip}, from: <{frm}>, (default: {'T' if action not in ('no action', 'soft reject') else 'F'} ({action}): "
                f"[{score:.2f}/15.00] [{syms(spam)}]), len: {size}, time: {t_real:.3f}ms, dns req: {g.num(5, 90)}, digest: <{g.hx(32)}>, rcpts: <{rcpt}>, mime_rcpts: <{rcpt}>")
        r("proxy", u, "proxy", "rspamd_task_write_log", line, "task_write_log")
        r("proxy", u, "proxy", "proxy_milter_finish_handler", "finished milter connection", "milter_finished")

    def controller_auth():
        u = uid()
        r("controller", u, "csession", "rspamd_controller_check_password", "allow unauthorized connection from a trusted IP 127.0.0.1", "trusted_ip")
        if g.r.random() < 0.3:
            r("controller", u, "csession", "rspamd_controller_learn_fin_task", f"<127.0.0.1> learned message as {g.c(['spam', 'ham'])}: {g.alnum(20)}@{g.c(['mail.example.net', 'bad.example'])}", "learned")

    def webui():
        u = uid()
        ip = g.c(["10.0.0.5", "10.0.0.12"])
        if g.r.random() < 0.15:
            r("controller", u, "csession", "rspamd_controller_check_password", f"<{ip}> incorrect or absent password has been specified", "bad_password")
            return
        r("controller", u, "csession", "rspamd_controller_check_password", "allow unauthorized connection from a trusted IP 127.0.0.1", "trusted_ip")

    def monitored():
        r("main", uid(), "monitored", "rspamd_monitored_dns_cb", f"DNS reply returned 'no error' for {g.c(['multi.uribl.com', 'dbl.spamhaus.org', 'zen.spamhaus.org'])} while 'no records with this name' was expected when querying for 'test.{g.c(['uribl.com', 'dbl.spamhaus.org'])}'(likely resolver misconfiguration)", "dns_reply_wrong")

    def maps():
        r("normal", uid(), "map", "http_map_finish", f"data is not modified for server maps.rspamd.com, next check at {(L.t + dt.timedelta(hours=g.num(1, 24))):%a, %d %b %Y %H:%M:%S} GMT (http cache based: {(L.t + dt.timedelta(hours=g.num(1, 24))):%a, %d %b %Y %H:%M:%S} GMT)", "map_not_modified", pid=g.c(P["normal"]))

    def maps_read():
        r("normal", uid(), "map", "rspamd_map_read_cached", f"read map data cached https://maps.rspamd.com/rspamd/{g.c(['mime_types.inc.zst', 'redirectors.inc.zst', 'spf_dkim_whitelist.inc.zst', 'surbl-whitelist.inc.zst'])}", "map_read_cached", pid=g.c(P["normal"]))

    def redis_err():
        r("proxy", uid(), "lua", "lua_redis.lua:868", f"cannot execute redis request: ERR: Connection refused; host: 127.0.0.1:6379", "redis_error")

    def reopen():
        r("main", uid(), "main", "rspamd_usr1_handler", "rspamd 3.10.2 is requested to reopen log files", "reopen_logs")
        for w in P["normal"] + [P["proxy"], P["controller"]]:
            r("main", uid(), "main", "rspamd_log_reopen", f"reopened log file for worker {w}", "reopened_worker")

    ev = [(40, message), (6, controller_auth), (2, webui), (1.5, monitored), (2, maps), (1.5, maps_read), (0.5, redis_err), (0.2, reopen)]
    return L.run(slowed(L, ev, 15), None)


# 12 --------------------------------------------------------------- Zephyr 3.6 / nRF Connect SDK 2.7 firmware on an nRF7002 DK (Wi-Fi, MQTT over TLS, BME680): the UART console captured by minicom
@checked
def log_zephyr(seed):
    L = Log("zephyr_console", seed, "rel", True, True)
    g = L.g
    NODE = "env-node-07"
    st = {"boot": L.t, "msgid": 0, "interval": 10, "fota": False, "ip": "192.168.20.57"}

    def up():
        us = int((L.t - st["boot"]).total_seconds() * 1e6)
        h, rem = divmod(us, 3600 * 10 ** 6)
        m, rem = divmod(rem, 60 * 10 ** 6)
        s, rem = divmod(rem, 10 ** 6)
        return f"[{h:02d}:{m:02d}:{s:02d}.{rem // 1000:03d},{rem % 1000:03d}]"

    def z(lv, mod, msg, ev, func=None, dump=None):
        L.t += dt.timedelta(microseconds=g.num(20, 900))
        pre = f"{up()} <{lv}> {mod}: "
        L.emit(pre + (f"{func}: " if func else "") + msg, ev, lv, mod)
        if dump is not None:
            pad = " " * len(pre)
            for i in range(0, len(dump), 16):
                chunk = dump[i:i + 16]
                hx = " ".join(f"{b:02x}" for b in chunk[:8]) + ("  " + " ".join(f"{b:02x}" for b in chunk[8:]) if len(chunk) > 8 else "")
                asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
                L.emit(f"{pad}{hx:<49}|{asc[:8]} {asc[8:]}".rstrip(), "hexdump_row", lv, mod)

    def boot():
        st["boot"] = L.t
        L.emit("*** Booting nRF Connect SDK v2.7.0-5cb85570ca43 ***", "boot_banner")
        L.emit("*** Using Zephyr OS v3.6.99-100befc70c74 ***", "boot_zephyr")
        L.t += dt.timedelta(milliseconds=253)
        z("inf", "fs_nvs", "2 Sectors of 4096 bytes", "nvs_sectors")
        z("inf", "fs_nvs", "alloc wra: 0, fe8", "nvs_alloc_wra")
        z("inf", "fs_nvs", "data wra: 0, 0", "nvs_data_wra")
        z("inf", "wifi_nrf", "Firmware (v1.2.11.1) booted successfully", "wifi_fw_booted")
        L.t += dt.timedelta(milliseconds=140)
        z("inf", "net_config", "Initializing network", "net_init")
        z("inf", "net_config", f"Waiting interface 1 (0x2000{g.HX(4)}) to be up...", "net_waiting")
        z("inf", "app", f"Starting {NODE} v1.4.{2 if not st['fota'] else 3} on nrf7002dk/nrf5340/cpuapp", "app_starting")
        z("inf", "app", f"Reset cause: {g.c(['PIN', 'SOFTWARE', 'WATCHDOG', 'POR'])}", "reset_cause")
        st["fota"] = False
        if g.r.random() < 0.3:
            z("err", "bme680", f"Failed to read chip id (err {g.c([-5, -116])})", "bme_chip_id_failed")
            z("wrn", "app", "Sensor bme680@76 not ready, retrying in 2 s", "sensor_not_ready")
            L.tick(2)
        wifi_connect()

    def wifi_connect():
        z("inf", "app", "Connecting to Wi-Fi SSID \"IoT-Lab\"...", "wifi_connecting")
        L.tick(2.5)
        z("inf", "wpa_supp", "wlan0: SME: Trying to authenticate with 6c:4f:89:12:ab:cd (SSID='IoT-Lab' freq=2437 MHz)", "wpa_trying")
        z("inf", "wpa_supp", "wlan0: Trying to associate with 6c:4f:89:12:ab:cd (SSID='IoT-Lab' freq=2437 MHz)", "wpa_associate")
        z("inf", "wpa_supp", "wlan0: Associated with 6c:4f:89:12:ab:cd", "wpa_associated")
        z("inf", "wpa_supp", "wlan0: WPA: Key negotiation completed with 6c:4f:89:12:ab:cd [PTK=CCMP GTK=CCMP]", "wpa_key_negotiation")
        z("inf", "wpa_supp", "wlan0: CTRL-EVENT-CONNECTED - Connection to 6c:4f:89:12:ab:cd completed [id=0 id_str=]", "wpa_connected")
        z("inf", "app", "Wi-Fi connected", "wifi_connected")
        L.tick(0.8)
        z("inf", "net_dhcpv4", f"Received: {st['ip']}", "dhcp_received")
        z("inf", "net_config", f"IPv4 address: {st['ip']}", "ipv4_address")
        z("inf", "net_config", "Lease time: 86400 seconds", "lease_time")
        z("inf", "net_config", "Subnet: 255.255.255.0", "subnet")
        z("inf", "net_config", "Router: 192.168.20.1", "router")
        z("inf", "app", f"SNTP time: {L.t:%Y-%m-%dT%H:%M:%S}Z", "sntp_time")
        mqtt_connect()

    def mqtt_connect():
        z("inf", "app", "MQTT client connecting to broker.lab.example:8883", "mqtt_connecting")
        L.tick(0.6)
        if g.r.random() < 0.1:
            z("err", "app", f"mqtt_connect, error: {g.c([-116, -113, -5])}", "mqtt_connect_error")
            z("inf", "app", "Reconnecting in 5 s", "reconnecting")
            L.tick(5)
            z("inf", "app", "MQTT client connecting to broker.lab.example:8883", "mqtt_connecting")
            L.tick(0.6)
        z("dbg", "app", "MQTT_EVT_CONNACK: Connected, result: 0", "connack", "mqtt_evt_handler")
        z("inf", "app", "MQTT client connected!", "mqtt_connected")
        z("inf", "app", f"Subscribed to {NODE}/cmd", "subscribed")

    def sample():
        if g.r.random() < 0.03:
            z("wrn", "app", f"sensor_sample_fetch failed: {g.c([-5, -11])}", "sample_fetch_failed")
            return
        tmp, hum, prs, gas = g.r.uniform(19, 24), g.r.uniform(35, 60), g.r.uniform(99.5, 102.5), g.num(20000, 90000)
        z("inf", "app", f"T: {tmp:.2f} C; P: {prs:.3f} kPa; H: {hum:.3f} %; G: {gas} ohms", "reading")
        st["msgid"] = st["msgid"] % 65535 + 1
        payload = f'{{"t":{tmp:.2f},"h":{hum:.1f},"p":{prs:.2f},"g":{gas}}}'
        z("dbg", "app", f"Publishing: {payload}", "publishing", "data_publish")
        z("dbg", "app", f"to topic: {NODE}/telemetry len: {len(payload)}", "to_topic", "data_publish")
        if g.r.random() < 0.02:
            z("err", "app", f"mqtt_publish, error: {g.c([-128, -113, -12])}", "mqtt_publish_error")
            z("inf", "app", f"MQTT client disconnected: {g.c([-128, -104])}", "mqtt_disconnected")
            z("inf", "app", "Reconnecting in 5 s", "reconnecting")
            L.tick(5)
            mqtt_connect()
            return
        L.tick(0.08)
        z("dbg", "app", f"PUBACK packet id: {st['msgid']}", "puback", "mqtt_evt_handler")

    def command():
        cmd = g.c([("interval", g.c([5, 10, 30, 60])), ("led", g.c(["on", "off"])), ("ping", 0)])
        body = f'{{"cmd":"{cmd[0]}","v":{cmd[1] if isinstance(cmd[1], int) else chr(34) + cmd[1] + chr(34)}}}'
        z("dbg", "app", f"MQTT_EVT_PUBLISH: id: {g.num(1, 999)}, qos: 1, topic: {NODE}/cmd, len: {len(body)}", "evt_publish", "mqtt_evt_handler")
        z("dbg", "app", "payload", "payload_dump", "on_cmd", dump=body.encode())
        if cmd[0] == "interval":
            st["interval"] = cmd[1]
            z("inf", "app", f"Sampling interval set to {cmd[1]} s", "interval_set")
        elif cmd[0] == "led":
            z("inf", "app", f"LED {cmd[1]}", "led_set")
        else:
            z("inf", "app", "pong", "pong")

    def dropped():
        L.emit(f"--- {g.num(1, 40)} messages dropped ---", "messages_dropped")

    def wifi_drop():
        z("inf", "wpa_supp", f"wlan0: CTRL-EVENT-DISCONNECTED bssid=6c:4f:89:12:ab:cd reason={g.c([3, 4, 8, 15])}", "wpa_disconnected")
        z("inf", "app", "Wi-Fi disconnected", "wifi_disconnected")
        z("inf", "app", "MQTT client disconnected: -128", "mqtt_disconnected")
        L.tick(4)
        wifi_connect()

    def fota():
        z("inf", "app", f"FOTA job received: {NODE}-1.4.3.bin ({g.num(400000, 420000)} bytes)", "fota_job")
        z("inf", "download_client", "Setting up TLS credentials, sec tag count 1", "dl_tls")
        z("inf", "download_client", "Connecting to fw.lab.example", "dl_connecting")
        total = g.num(400000, 420000)
        got = 0
        while got < total:
            got = min(total, got + 40960)
            L.tick(0.7)
            z("inf", "download_client", f"Downloaded {got}/{total} bytes ({got * 100 // total}%)", "dl_progress")
        z("inf", "download_client", "Download complete", "dl_complete")
        z("inf", "dfu_target_mcuboot", "MCUBoot image upgrade scheduled. Reset device to apply", "dfu_scheduled")
        z("inf", "app", "Rebooting in 2 s to apply update", "rebooting_update")
        st["fota"] = True
        L.tick(2)
        boot()

    def fault():
        z("err", "os", "***** USAGE FAULT *****", "fault_banner")
        z("err", "os", "  Stack overflow (context area not valid)", "fault_stack_overflow")
        z("err", "os", f"r0/a1:  0x{g.hx(8)}  r1/a2:  0x{g.hx(8)}  r2/a3:  0x{g.hx(8)}", "fault_regs")
        z("err", "os", f"r3/a4:  0x{g.hx(8)} r12/ip:  0x{g.hx(8)} r14/lr:  0x{g.hx(8)}", "fault_regs2")
        z("err", "os", f" xpsr:  0x{g.c(['61000000', '81000000', '21000000'])}", "fault_xpsr")
        z("err", "os", f"Faulting instruction address (r15/pc): 0x000{g.hx(5)}", "fault_pc")
        z("err", "os", ">>> ZEPHYR FATAL ERROR 2: Stack overflow on CPU 0", "fatal_error")
        z("err", "os", f"Current thread: 0x2000{g.hx(4)} ({g.c(['mqtt_thread', 'sensor_thread', 'sysworkq'])})", "fault_thread")
        z("err", "os", "Halting system", "halting")
        L.tick(8)
        boot()

    def heap():
        z("wrn", "net_pkt", f"Data buffer ({g.num(600, 1500)}) allocation failed.", "buffer_alloc_failed")

    def keepalive():
        z("dbg", "app", "PINGRESP packet", "pingresp", "mqtt_evt_handler")

    boot()

    def loop():
        L.tick(st["interval"])
        sample()

    ev = [(60, loop), (2, command), (1.5, dropped), (0.5, wifi_drop), (0.06, fota), (0.1, fault), (1, heap), (10, keepalive)]
    return L.run(ev, None)


# 13 --------------------------------------------------------------- Node-RED 4.0 on a Raspberry Pi (home automation), `node-red-log` (journalctl -f -u nodered -o cat), with systemd's own lines
@checked
def log_nodered(seed):
    L = Log("nodered_log", seed, "noyear", True, True)
    g = L.g
    st = {"mqtt": True, "ha": True, "pid": g.num(600, 2000)}
    funcs = ["Parse Shelly", "Calc power", "Night mode", "Format alert", "Merge sensors"]
    plugs = ["plug-kitchen", "plug-office", "plug-washer", "plug-tv"]

    def stamp():
        return f"{L.t.day} {L.t:%b %H:%M:%S}"

    def n(lv, msg, ev, node=None, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        comp = node
        L.emit(f"{stamp()} - [{lv}] " + (f"[{node}] " if node else "") + msg, ev, lv, comp)
        for text, e in cont:
            L.emit(text, e, lv, comp)

    def sysd(msg, ev):
        L.emit(msg, ev)

    def startup():
        n("info", "", "welcome_head", cont=[("", "blank"), ("Welcome to Node-RED", "welcome"), ("===================", "welcome_rule"), ("", "blank")])
        n("info", "Node-RED version: v4.0.5", "nr_version")
        n("info", "Node.js  version: v20.18.0", "node_version")
        n("info", "Linux 6.6.51+rpt-rpi-v8 arm64 LE", "os_version")
        L.tick(1.5)
        n("info", "Loading palette nodes", "loading_palette")
        L.tick(2)
        n("info", "Dashboard version 3.6.5 started at /ui", "dashboard_started")
        n("info", "Settings file  : /home/pi/.node-red/settings.js", "settings_file")
        n("info", "Context store  : 'default' [module=memory]", "context_store")
        n("info", "User directory : /home/pi/.node-red", "user_dir")
        n("warn", "Projects disabled : editorTheme.projects.enabled=false", "projects_disabled")
        n("info", "Flows file     : /home/pi/.node-red/flows.json", "flows_file")
        n("info", "Server now running at http://127.0.0.1:1880/", "server_running")
        n("warn", "", "cred_warning_head", cont=[
            ("", "blank"), ("---------------------------------------------------------------------", "cred_rule"),
            ("Your flow credentials file is encrypted using a system-generated key.", "cred_1"), ("", "blank"),
            ("If the system-generated key is lost for any reason, your credentials", "cred_2"), ("file will not be recoverable, you will have to delete it and re-enter", "cred_3"),
            ("your credentials.", "cred_4"), ("", "blank"), ("You should set your own key using the 'credentialSecret' option in", "cred_5"),
            ("your settings file. Node-RED will then re-encrypt your credentials", "cred_6"), ("file using your chosen key the next time you deploy a change.", "cred_7"),
            ("---------------------------------------------------------------------", "cred_rule"), ("", "blank")])
        n("info", "Starting flows", "starting_flows")
        n("info", "opened /home/pi/energy.db ok", "sqlite_opened", "sqlite:energy.db")
        n("info", "Started flows", "started_flows")
        n("info", "Connected to broker: mqtt://localhost:1883", "mqtt_connected", "mqtt-broker:Mosquitto")
        n("info", "Connecting to http://homeassistant.local:8123", "ha_connecting", "server:Home Assistant")
        L.tick(1)
        n("info", "Connected to http://homeassistant.local:8123", "ha_connected", "server:Home Assistant")

    def debug_val():
        p = g.c(plugs)
        n("info", f"{g.f(0, 2400, 1)}", "debug_output", f"debug:{p} power")

    def debug_obj():
        p = g.c(plugs)
        n("info", "{", "debug_output", "debug:Shelly raw", cont=[(f"  topic: 'shellies/{p}/relay/0/power',", "obj_topic"), (f"  payload: '{g.f(0, 2400, 2)}',", "obj_payload"),
                                                            ("  qos: 0,", "obj_qos"), ("  retain: false,", "obj_retain"), (f"  _msgid: '{g.hx(16)}'", "obj_msgid"), ("}", "obj_close")])

    def func_err():
        f = g.c(funcs)
        k = g.num(0, 3)
        if k == 0:
            n("error", f"TypeError: Cannot read properties of undefined (reading '{g.c(['power', 'state', 'temperature', 'attributes'])}')", "func_typeerror", f"function:{f}")
        elif k == 1:
            n("warn", f"unexpected payload: {{\"ison\":{g.c(['true', 'false'])},\"has_timer\":false,\"source\":\"{g.c(['http', 'mqtt', 'input'])}\"}}", "func_unexpected", f"function:{f}")
        elif k == 2:
            n("error", f"ReferenceError: {g.c(['flowVar', 'lastValue', 'msg2'])} is not defined (line {g.num(2, 40)}, col {g.num(3, 30)})", "func_referror", f"function:{f}")
        else:
            n("warn", f"night mode {g.c(['on', 'off'])} (lux={g.num(0, 300)})", "func_warn_night", "function:Night mode")

    def http_err():
        node = g.c(["http request:Weather API", "http request:Tibber price", "http request:Shelly status"])
        msg, ev = g.c([(f"RequestError: getaddrinfo EAI_AGAIN {g.c(['api.open-meteo.com', 'api.tibber.com'])}", "http_error_getaddrinfo"), (f"RequestError: connect ETIMEDOUT {g.ip('pub')}:443", "http_error_connect"),
                       (f"RequestError: connect EHOSTUNREACH 192.168.1.{g.num(20, 60)}:80", "http_error_connect"), (f"HTTPError: Response code {g.c([502, 503])} ({g.c(['Bad Gateway', 'Service Unavailable'])})", "http_error_status")])
        n("error", msg, ev, node)

    def mqtt_flap():
        n("info", "Disconnected from broker: mqtt://localhost:1883", "mqtt_disconnected", "mqtt-broker:Mosquitto")
        L.tick(15)
        if g.r.random() < 0.3:
            n("info", "Connection failed to broker: mqtt://localhost:1883", "mqtt_failed", "mqtt-broker:Mosquitto")
            L.tick(15)
        n("info", "Connected to broker: mqtt://localhost:1883", "mqtt_connected", "mqtt-broker:Mosquitto")

    def ha_flap():
        n("error", f"Connection error: {g.c(['Error: connect ECONNREFUSED 192.168.1.10:8123', 'Error: socket hang up', 'Error: WebSocket was closed before the connection was established'])}", "ha_error", "server:Home Assistant")
        L.tick(5)
        n("info", "Connecting to http://homeassistant.local:8123", "ha_connecting", "server:Home Assistant")
        L.tick(2)
        n("info", "Connected to http://homeassistant.local:8123", "ha_connected", "server:Home Assistant")

    def service_err():
        n("error", f"Service not found: {g.c(['climate.set_preset', 'light.turn_onn', 'notify.mobile_app_pixel_8'])}", "service_not_found", f"api-call-service:{g.c(['Heater on', 'Hall light', 'Notify phone'])}")

    def sqlite_err():
        n("error", "Error: SQLITE_BUSY: database is locked", "sqlite_busy", "sqlite:energy.db")

    def influx():
        n("error", "Error: connect ECONNREFUSED 127.0.0.1:8086", "influx_error", "influxdb out:Energy")

    def email():
        n("info", f"Message sent: 250 2.0.0 OK  {int(L.t.timestamp())} {g.alnum(20)}.{g.num(100, 999)} - gsmtp", "email_sent", "e-mail:Alert mail")

    def deploy():
        full = g.r.random() < 0.3
        k = "" if full else "modified "
        n("info", f"Stopping {k}flows", "stopping_flows_mod" if k else "stopping_flows")
        n("info", f"Stopped {k}flows", "stopped_flows_mod" if k else "stopped_flows")
        n("info", "Updated flows", "updated_flows")
        n("info", f"Starting {k}flows", "starting_flows_mod" if k else "starting_flows")
        n("info", f"Started {k}flows", "started_flows_mod" if k else "started_flows")
        if full:
            n("info", "Connected to broker: mqtt://localhost:1883", "mqtt_connected", "mqtt-broker:Mosquitto")

    def install():
        mod, ver, typ = g.c([("node-red-contrib-cron-plus", "2.1.0", "cronplus"), ("node-red-node-email", "3.0.3", "e-mail"), ("node-red-contrib-influxdb", "0.7.0", "influxdb out")])
        n("info", f"Installing module: {mod}, version: {ver}", "installing_module")
        L.tick(20)
        n("info", f"Installed module: {mod}", "installed_module")
        n("info", "Added node types:", "added_node_types")
        n("info", f" - {mod}:{typ}", "added_node_type_row")

    def crash():
        n("red", "Uncaught Exception:", "uncaught_exception")
        n("error", "TypeError: Cannot read properties of null (reading 'send')", "uncaught_error", cont=[
            ("    at Timeout._onTimeout (/home/pi/.node-red/node_modules/node-red-contrib-presence-faker/presence.js:88:18)", "stack_frame"),
            ("    at listOnTimeout (node:internal/timers:594:17)", "stack_frame"), ("    at process.processTimers (node:internal/timers:529:7)", "stack_frame")])
        sysd("nodered.service: Main process exited, code=exited, status=1/FAILURE", "sd_main_exited")
        sysd("nodered.service: Failed with result 'exit-code'.", "sd_failed")
        sysd(f"nodered.service: Consumed {g.num(1, 59)}min {g.num(1, 59)}.{g.num(100, 999)}s CPU time.", "sd_consumed")
        L.tick(20)
        sysd("nodered.service: Scheduled restart job, restart counter is at 1.", "sd_restart_job")
        sysd("Stopped nodered.service - Node-RED graphical event wiring tool.", "sd_stopped")
        sysd("Started nodered.service - Node-RED graphical event wiring tool.", "sd_started")
        startup()

    sysd("Started nodered.service - Node-RED graphical event wiring tool.", "sd_started")
    startup()
    ev = [(30, debug_val), (6, debug_obj), (8, func_err), (4, http_err), (1.5, mqtt_flap), (1, ha_flap), (2, service_err), (1.5, sqlite_err), (1.2, influx), (1, email),
          (1.2, deploy), (0.2, install), (0.06, crash)]
    return L.run(slowed(L, ev, 60), None)


# 14 --------------------------------------------------------------- Payara Server 6.2024.11 (Jakarta EE 10) domain1/logs/server.log, ODL format, local time UTC+1: an orders REST service
@checked
def log_payara(seed):
    L = Log("payara_server_log", seed, "full", True, True)
    g = L.g
    tz = dt.timezone(dt.timedelta(hours=1))
    LVV = {"INFO": 800, "WARNING": 900, "SEVERE": 1000, "FINE": 500}
    st = {"tid": 1, "order": g.num(100000, 200000)}

    def rec(lv, msgid, logger, thread, tid, lines, ev_first):
        """lines: [(text, event)]; the first goes after two spaces on the line after the header."""
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        lt = L.t.astimezone(tz)
        comp = logger if logger else None
        L.emit(f"[{lt:%Y-%m-%dT%H:%M:%S}.{ms3(lt)}+0100] [Payara 6.2024.11] [{lv}] [{msgid}] [{logger}] [tid: _ThreadID={tid} _ThreadName={thread}] "
               f"[timeMillis: {int(L.t.timestamp() * 1000)}] [levelValue: {LVV[lv]}] [[", "odl_header", lv, comp)
        body = [("  " + lines[0][0], lines[0][1])] + list(lines[1:])
        body[-1] = (body[-1][0] + "]]", body[-1][1])
        for text, e in body:
            L.emit(text, e, lv, comp)
        L.emit("", "blank", lv, comp)

    def http():
        n = g.num(1, 16)
        return f"http-thread-pool::http-listener-1({n})", 90 + n

    def startup():
        main = ("main", 1)
        rl = "RunLevelControllerThread-" + str(int(L.t.timestamp() * 1000) - g.num(100, 400))
        rec("INFO", "NCLS-LOGGING-00009", "jakarta.enterprise.logging", *main, [("Running Payara Version: Payara Server  6.2024.11 #badassfish (build 1234)", "running_version")], "x")
        rec("INFO", "NCLS-LOGGING-00010", "jakarta.enterprise.logging", *main, [("Server log file is using Formatter class: com.sun.enterprise.server.logging.ODLLogFormatter", "log_formatter")], "x")
        rec("INFO", "NCLS-CORE-00087", "jakarta.enterprise.system.core", rl, 15, [("Grizzly 4.0.2 started in: 61ms - bound to [/0.0.0.0:8080]", "grizzly_started")], "x")
        rec("INFO", "NCLS-CORE-00087", "jakarta.enterprise.system.core", rl, 16, [("Grizzly 4.0.2 started in: 12ms - bound to [/0.0.0.0:8181]", "grizzly_started")], "x")
        rec("INFO", "", "fish.payara.nucleus.hazelcast.HazelcastCore", rl, 15, [("Hazelcast Instance Bound to JNDI at payara/Hazelcast", "hazelcast_jndi")], "x")
        rec("INFO", "", "fish.payara.nucleus.hazelcast.HazelcastCore", rl, 15,
            [(f"JCache Caching Provider Bound to JNDI at payara/CachingProvider", "jcache_jndi")], "x")
        L.tick(2)
        rec("INFO", "AS-WEB-GLUE-00172", "jakarta.enterprise.web", rl, 17, [("Loading application [orders-api] at [/orders]", "loading_application")], "x")
        rec("INFO", "NCLS-CORE-00022", "jakarta.enterprise.system.core", rl, 17, [(f"Loading application orders-api done in {g.num(2000, 9000):,} ms", "loading_done")], "x")
        rec("INFO", "EJB5109", "jakarta.enterprise.ejb.container", rl, 17,
            [("EJB5109:EJB Timer Service started Successfully for datasource [jdbc/__TimerPool]", "ejb_timer_started")], "x")
        f, s = g.num(900, 2000), g.num(4000, 9000)
        rec("INFO", "NCLS-CORE-00017", "jakarta.enterprise.system.core", *main, [(f"Payara Server  6.2024.11 #badassfish (1234) startup time : Felix ({f:,}ms), startup services({s:,}ms), total({f + s:,}ms)", "startup_time")], "x")
        rec("INFO", "NCLS-MNTG-00000", "jakarta.enterprise.system.tools.monitor", rl, 18, [("Monitoring-Service started", "monitoring_started")], "x")

    def order():
        st["order"] += 1
        th, tid = http()
        rec("INFO", "", "com.example.orders.api.OrderResource", th, tid, [(f"Created order {st['order']} for customer {g.num(1000, 99999)} ({g.num(1, 9)} items, total {g.f(5, 900, 2)} EUR)", "order_created")], "x")

    def payment_retry():
        th, tid = http()
        rec("WARNING", "", "com.example.orders.payment.PaymentClient", th, tid, [(f"Payment gateway responded {g.c([502, 503, 504])} for order {st['order'] - g.num(0, 5)}, retry {g.num(1, 3)}/3 in {g.c([250, 500, 1000])} ms", "payment_retry")], "x")

    def pool():
        th, tid = http()
        rec("WARNING", "RAR5117", "jakarta.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator", th, tid,
            [("RAR5117 : Failed to obtain/create connection from connection pool [ ordersPool ]. Reason : com.sun.appserv.connectors.internal.api.PoolingException: In-use connections equal max-pool-size and expired max-wait-time. Cannot allocate more connections.", "rar5117")], "x")
        if g.r.random() < 0.6:
            rec("WARNING", "RAR5114", "jakarta.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator", th, tid,
                [("RAR5114 : Error allocating connection : [Error in allocating a connection. Cause: In-use connections equal max-pool-size and expired max-wait-time. Cannot allocate more connections.]", "rar5114")], "x")

    def servlet_exc():
        th, tid = http()
        exc = g.c([("java.lang.NullPointerException", 'Cannot invoke "com.example.orders.model.Customer.getId()" because "order.customer" is null', "OrderService.java", "toDto"),
                   ("jakarta.persistence.OptimisticLockException", "Entity com.example.orders.model.Order[id=%d] was updated or deleted by another transaction" % g.num(100000, 200000), "OrderRepository.java", "merge"),
                   ("java.lang.IllegalStateException", "Inventory reservation expired", "InventoryClient.java", "confirm")])
        lines = [("StandardWrapperValve[com.example.orders.api.RestApplication]: Servlet.service() for servlet com.example.orders.api.RestApplication threw exception", "servlet_threw"),
                 (f"{exc[0]}: {exc[1]}", "exception_line"),
                 (f"\tat com.example.orders.service.{exc[2][:-5]}.{exc[3]}({exc[2]}:{g.num(40, 300)})", "stack_frame"),
                 (f"\tat com.example.orders.api.OrderResource.{g.c(['get', 'create', 'update', 'cancel'])}(OrderResource.java:{g.num(40, 200)})", "stack_frame"),
                 ("\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)", "stack_frame"),
                 ("\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)", "stack_frame"),
                 ("\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)", "stack_frame"),
                 ("\tat org.glassfish.jersey.server.model.internal.AbstractJavaResourceMethodDispatcher$1.run(AbstractJavaResourceMethodDispatcher.java:146)", "stack_frame"),
                 ("\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:266)", "stack_frame"),
                 ("\tat org.glassfish.jersey.internal.Errors.process(Errors.java:292)", "stack_frame"),
                 ("\tat org.glassfish.grizzly.threadpool.AbstractThreadPool$Worker.run(AbstractThreadPool.java:535)", "stack_frame"),
                 ("\tat java.base/java.lang.Thread.run(Thread.java:1583)", "stack_frame")]
        if g.r.random() < 0.4:
            lines[-1:-1] = [("\t... 32 more", "stack_more")]
        rec("WARNING", "", "jakarta.enterprise.web", th, tid, lines, "x")

    def io_err():
        th, tid = http()
        rec("SEVERE", "", "org.glassfish.jersey.server.ServerRuntime$Responder", th, tid,
            [("An I/O error has occurred while writing a response message entity to the container output stream.", "io_error"),
             ("org.glassfish.jersey.server.internal.process.MappableException: java.io.IOException: Connection is closed", "exception_line"),
             ("\tat org.glassfish.jersey.server.internal.MappableExceptionWrapperInterceptor.aroundWriteTo(MappableExceptionWrapperInterceptor.java:67)", "stack_frame"),
             ("\tat org.glassfish.jersey.message.internal.WriterInterceptorExecutor.proceed(WriterInterceptorExecutor.java:139)", "stack_frame"),
             ("\tat org.glassfish.jersey.message.internal.MessageBodyFactory.writeTo(MessageBodyFactory.java:1116)", "stack_frame"),
             ("\tat org.glassfish.jersey.server.ServerRuntime$Responder.writeResponse(ServerRuntime.java:677)", "stack_frame"),
             ("Caused by: java.io.IOException: Connection is closed", "caused_by"),
             ("\tat org.glassfish.grizzly.nio.NIOConnection.assertOpen(NIOConnection.java:420)", "stack_frame"),
             ("\tat org.glassfish.grizzly.http.io.OutputBuffer.write(OutputBuffer.java:613)", "stack_frame"),
             ("\t... 57 more", "stack_more")], "x")

    def ejb():
        th, tid = f"__ejb-thread-pool{g.num(1, 16)}", g.num(150, 200)
        rec("WARNING", "EJB5184", "jakarta.enterprise.ejb.container", th, tid,
            [("EJB5184:A system exception occurred during an invocation on EJB InventorySyncBean, method: public void com.example.orders.inventory.InventorySyncBean.sync()", "ejb5184")], "x")
        rec("WARNING", "", "jakarta.enterprise.ejb.container", th, tid,
            [("jakarta.ejb.EJBException: jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection refused", "exception_line"),
             ("\tat com.sun.ejb.containers.EJBContainerTransactionManager.processSystemException(EJBContainerTransactionManager.java:723)", "stack_frame"),
             ("\tat com.sun.ejb.containers.EJBContainerTransactionManager.completeNewTx(EJBContainerTransactionManager.java:652)", "stack_frame"),
             ("\tat com.sun.ejb.containers.BaseContainer.postInvokeTx(BaseContainer.java:4757)", "stack_frame"),
             ("\tat com.sun.ejb.containers.EJBTimerService.deliverTimeout(EJBTimerService.java:1502)", "stack_frame"),
             ("Caused by: java.net.ConnectException: Connection refused", "caused_by"),
             ("\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)", "stack_frame"),
             ("\t... 24 more", "stack_more")], "x")

    def sync_ok():
        rec("INFO", "", "com.example.orders.inventory.InventorySyncBean", f"__ejb-thread-pool{g.num(1, 16)}", g.num(150, 200),
            [(f"Inventory sync finished: {g.num(0, 400)} SKUs updated, {g.num(0, 9)} skipped in {g.num(100, 9000)} ms", "sync_finished")], "x")

    def stdout():
        rec("INFO", "", "", f"__ejb-thread-pool{g.num(1, 16)}", g.num(150, 200), [(f"DEBUG sync batch {g.num(1, 90)} size={g.num(10, 500)}", "stdout_debug")], "x")

    def health():
        cpu = g.f(80, 99, 2)
        rec("WARNING", "", "fish.payara.nucleus.notification.log.LogNotifierService", f"payara-executor-service-scheduled-task", g.num(40, 60),
            [(f"Health Check notification with severity level: WARNING - CPU:Health Check Result:[[status=WARNING, message='CPU%: {cpu}, Time CPU used: {g.num(500, 990)} milliseconds'']']", "health_cpu")], "x")

    def hogging():
        th, tid = http()
        rec("WARNING", "", "fish.payara.nucleus.notification.log.LogNotifierService", "payara-executor-service-scheduled-task", g.num(40, 60),
            [(f"Health Check notification with severity level: WARNING - STUCK:Health Check Result:[[status=WARNING, message='Stuck Thread: {tid}, {th}, Started: {L.t.astimezone(tz):%Y-%m-%d %H:%M:%S}, Duration: {g.num(300, 900)}s, StackTrace: '']']", "health_stuck")], "x")

    def jdbc_fine():
        rec("INFO", "", "org.eclipse.persistence.session./file:/opt/payara/glassfish/domains/domain1/applications/orders-api/WEB-INF/classes/_ordersPU", f"http-thread-pool::http-listener-1({g.num(1, 16)})", g.num(91, 106),
            [(f"EclipseLink, version: Eclipse Persistence Services - 4.0.4.v202407190748-059428cdd2583c46f1f3e50d235854840a6fa9a7", "eclipselink_version")], "x")

    def undeploy():
        rec("INFO", "", "jakarta.enterprise.system.core", "admin-thread-pool::admin-listener(1)", 41, [(f"Undeployment of orders-api done is {g.num(200, 900)} ms", "undeploy_done")], "x")
        L.tick(5)
        rec("INFO", "AS-WEB-GLUE-00172", "jakarta.enterprise.web", "admin-thread-pool::admin-listener(2)", 42, [("Loading application [orders-api] at [/orders]", "loading_application")], "x")
        rec("INFO", "NCLS-CORE-00022", "jakarta.enterprise.system.core", "admin-thread-pool::admin-listener(2)", 42, [(f"Loading application orders-api done in {g.num(2000, 9000):,} ms", "loading_done")], "x")
        rec("INFO", "", "jakarta.enterprise.system.tools.admin.org.glassfish.deployment.admin", "admin-thread-pool::admin-listener(2)", 42, [(f"orders-api was successfully deployed in {g.num(3000, 9000):,} milliseconds.", "deployed_in")], "x")

    startup()
    ev = [(30, order), (5, payment_retry), (2, pool), (3, servlet_exc), (1.5, io_err), (1, ejb), (6, sync_ok), (4, stdout), (1.5, health), (0.4, hogging), (0.3, jdbc_fine), (0.1, undeploy)]
    return L.run(slowed(L, ev, 20), None)


# 15 --------------------------------------------------------------- a Python 3.12 FastAPI service ("ledger-api") logging through structlog 24 ConsoleRenderer(colors=False), behind uvicorn, `kubectl logs`
@checked
def log_structlog(seed):
    L = Log("structlog_console", seed, "full", True, True)
    g = L.g
    accounts = [f"acc_{g.alnum(12, string.ascii_letters + string.digits)}" for _ in range(20)]
    clients = [g.ip() for _ in range(10)]
    PATHS = [("GET", "/v1/accounts/{a}/balance"), ("GET", "/v1/accounts/{a}/entries?limit=50"), ("POST", "/v1/transfers"), ("POST", "/v1/payments"), ("GET", "/v1/payments/{p}"),
             ("POST", "/v1/webhooks/stripe"), ("GET", "/healthz"), ("GET", "/metrics")]

    def kv(d):
        out = []
        for k in sorted(d):
            v = d[k]
            out.append(f"{k}={v if isinstance(v, str) else repr(v)}")
        return " ".join(out)

    def s(lv, event, logger, d=None, cont=()):
        L.t += dt.timedelta(microseconds=g.num(100, 20000))
        line = f"{L.t:%Y-%m-%d %H:%M:%S} [{lv:<9}] {event:<30} [{logger}] {kv(d or {})}".rstrip()
        L.emit(line, "ev:" + event, lv, logger)
        for text, e in cont:
            L.emit(text, e, lv, logger)

    def uv(msg, ev):
        L.emit(f"INFO:     {msg}", ev, "INFO", None)

    def rid():
        return g.uuid()

    def startup():
        uv(f"Started server process [{g.num(1, 9)}]", "uv_started")
        uv("Waiting for application startup.", "uv_waiting")
        s("info", "starting ledger-api", "ledger.app", {"env": "prod", "git_sha": g.hx(7), "version": "2.14.1", "workers": 1})
        s("info", "database pool ready", "ledger.db", {"dsn": "postgresql://ledger@pg-ledger.db.svc:5432/ledger", "max_size": 20, "min_size": 5})
        s("info", "migrations up to date", "ledger.db", {"revision": "7f3a9c1e2b40"})
        s("info", "redis connected", "ledger.cache", {"url": "redis://redis-master.cache.svc:6379/2"})
        uv("Application startup complete.", "uv_startup_complete")
        uv("Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)", "uv_running")

    def request():
        m, p = g.c(PATHS[:6] + PATHS[:3])
        path = p.format(a=g.c(accounts), p="pay_" + g.alnum(14, string.ascii_letters + string.digits))
        status = g.c([200] * 20 + [201, 201, 400, 401, 404, 409, 422, 429])
        if m == "POST" and status == 200:
            status = 201
        elif m == "GET" and status == 201:
            status = 200
        s("info", "request finished", "ledger.api", {"client_ip": g.c(clients), "duration_ms": round(g.r.uniform(2, 400), 2), "method": m, "path": path.split("?")[0], "request_id": rid(), "status": status})

    def payment():
        amt = round(g.r.uniform(1, 900), 2)
        pid = "pay_" + g.alnum(14, string.ascii_letters + string.digits)
        if g.r.random() < 0.85:
            s("info", "payment authorized", "ledger.payments", {"amount": amt, "currency": g.c(["EUR", "EUR", "USD", "GBP"]), "payment_id": pid, "provider": g.c(["adyen", "stripe"])})
        else:
            s("warning", "payment declined", "ledger.payments", {"amount": amt, "currency": "EUR", "payment_id": pid, "provider": "adyen", "reason": g.c(["insufficient_funds", "card_expired", "do_not_honor", "fraud_suspected"])})

    def retry():
        s("warning", "retrying provider call", "ledger.payments", {"attempt": g.num(1, 3), "delay_s": g.c([0.5, 1.0, 2.0]), "error": g.c(["ReadTimeout('timed out')", "ConnectError('[Errno 111] Connection refused')", "HTTPStatusError 503"]), "provider": g.c(["adyen", "stripe"])})

    def webhook():
        if g.r.random() < 0.9:
            s("info", "webhook received", "ledger.webhooks", {"event_id": "evt_" + g.alnum(24, string.ascii_letters + string.digits), "event_type": g.c(["payment_intent.succeeded", "charge.refunded", "payout.paid", "charge.dispute.created"]), "provider": "stripe"})
        else:
            s("error", "webhook signature invalid", "ledger.webhooks", {"client_ip": g.ip("pub"), "provider": "stripe"})

    def slow_query():
        s("warning", "slow query", "ledger.db", {"duration_ms": round(g.r.uniform(500, 9000), 1), "rows": g.num(0, 50000), "statement": g.c(["select_entries_by_account", "recalc_balance", "insert_entry_batch", "lock_account_for_update"])})

    def pool():
        s("warning", "db pool exhausted, waiting", "ledger.db", {"in_use": 20, "max_size": 20, "waiting": g.num(1, 30)})

    def idem():
        s("warning", "idempotency key reused with different body", "ledger.api", {"idempotency_key": g.uuid(), "request_id": rid()})

    def ratelimit():
        s("info", "rate limit exceeded", "ledger.api", {"client_id": g.c(["partner-acme", "mobile-ios", "mobile-android", "batch-exporter"]), "limit": "100/minute"})

    def recalc():
        s("info", "balance recalculated", "ledger.worker", {"account_id": g.c(accounts), "duration_ms": round(g.r.uniform(5, 300), 2), "entries": g.num(1, 5000)})

    def job():
        name = g.c(["reconcile_settlements", "expire_holds", "export_daily_report"])
        run = g.hx(12)
        s("info", "job started", "ledger.worker", {"job": name, "run_id": run})
        L.tick(20)
        s("info", "job finished", "ledger.worker", {"duration_s": round(g.r.uniform(1, 90), 3), "job": name, "processed": g.num(0, 20000), "run_id": run})

    def crash():
        r = rid()
        exc = g.c([("sqlalchemy.exc.OperationalError", "(psycopg.OperationalError) consuming input failed: server closed the connection unexpectedly"),
                   ("KeyError", "'currency'"), ("asyncpg.exceptions.DeadlockDetectedError", "deadlock detected")])
        s("error", "unhandled exception", "ledger.api", {"method": "POST", "path": "/v1/transfers", "request_id": r}, cont=[
            ("Traceback (most recent call last):", "tb_head"),
            ('  File "/app/.venv/lib/python3.12/site-packages/starlette/middleware/errors.py", line 165, in __call__', "tb_file"),
            ("    await self.app(scope, receive, _send)", "tb_code"),
            ('  File "/app/.venv/lib/python3.12/site-packages/starlette/routing.py", line 73, in app', "tb_file"),
            ("    response = await f(request)", "tb_code"),
            ("               ^^^^^^^^^^^^^^^^", "tb_caret"),
            ('  File "/app/ledger/api/transfers.py", line ' + str(g.num(40, 200)) + ", in create_transfer", "tb_file"),
            ("    entry = await ledger.post_transfer(session, body)", "tb_code"),
            ('  File "/app/ledger/core/ledger.py", line ' + str(g.num(40, 400)) + ", in post_transfer", "tb_file"),
            ("    await session.flush()", "tb_code"),
            (f"{exc[0]}: {exc[1]}", "tb_exception")])

    def login():
        if g.r.random() < 0.8:
            s("info", "token issued", "ledger.auth", {"client_id": g.c(["partner-acme", "mobile-ios", "mobile-android", "backoffice"]), "expires_in": 3600, "scope": g.c(["ledger:read", "ledger:write payments:write"])})
        else:
            s("warning", "token rejected", "ledger.auth", {"client_id": g.c(["partner-acme", "unknown"]), "reason": g.c(["expired", "bad_signature", "revoked"])})

    def cache():
        s("debug", "cache miss", "ledger.cache", {"key": f"balance:{g.c(accounts)}"})

    def restart():
        uv("Shutting down", "uv_shutting_down")
        uv("Waiting for application shutdown.", "uv_waiting_shutdown")
        s("info", "shutting down", "ledger.app", {"in_flight": g.num(0, 4)})
        uv("Application shutdown complete.", "uv_shutdown_complete")
        uv(f"Finished server process [{g.num(1, 9)}]", "uv_finished")
        L.tick(10)
        startup()

    startup()
    ev = [(40, request), (8, payment), (2, retry), (5, webhook), (2, slow_query), (0.6, pool), (0.5, idem), (2, ratelimit), (5, recalc), (1, job), (0.5, crash), (5, login), (4, cache), (0.03, restart)]
    return L.run(ev, None)


# 16 --------------------------------------------------------------- PM2 6 running a Node.js 20 Express shop API (cluster, 2 instances) and a BullMQ worker, apps started with --time, `pm2 logs --lines 0` captured
@checked
def log_pm2(seed):
    L = Log("pm2_logs", seed, "full", False, True)
    g = L.g
    apps = {0: "api", 1: "api", 2: "worker"}
    pids = {k: g.num(1000, 60000) for k in apps}
    clients = [g.ip() for _ in range(12)]
    jobs = ["send-order-confirmation", "generate-invoice", "sync-stock", "resize-images", "notify-shipping"]
    st = {"job": g.num(10000, 90000)}

    def pre(k):
        if k == "PM2":
            return "PM2".ljust(10) + " | "
        return f"{k}|{apps[k]}".ljust(10) + " | "

    def out(k, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        comp = "PM2" if k == "PM2" else apps[k]
        L.emit(f"{pre(k)}{L.t:%Y-%m-%dT%H:%M:%S}: {msg}", ev, None, comp)
        for text, e in cont:
            L.emit(pre(k) + text, e, None, comp)

    def pm2(msg, ev):
        out("PM2", f"PM2 log: {msg}", ev)

    def start_app(k):
        pm2(f"App [{apps[k]}:{k}] starting in -{'cluster' if apps[k] == 'api' else 'fork'} mode-", "pm2_starting")
        pm2(f"App [{apps[k]}:{k}] online", "pm2_online")
        pids[k] = g.num(1000, 60000)
        if g.r.random() < 0.5:
            out(k, f"(node:{pids[k]}) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.", "dep0040",
                [("(Use `node --trace-deprecation ...` to show where the warning was created)", "trace_deprecation_hint")])
        if apps[k] == "api":
            out(k, "Connected to PostgreSQL at db.internal:5432/shop (pool max 10)", "pg_connected")
            out(k, "Redis connected (redis://cache.internal:6379/0)", "redis_connected")
            out(k, f"Server listening on port 3000 (pid {pids[k]}, env production)", "listening")
        else:
            out(k, "[worker] connected to redis://cache.internal:6379/1", "worker_connected")
            out(k, f"[worker] listening on queues: {', '.join(jobs)} (concurrency 5)", "worker_listening")

    def header():
        L.emit("[TAILING] Tailing last 0 lines for [all] processes (change the value with --lines option)", "tailing")

    def access():
        k = g.c([0, 1])
        m, path = g.c([("GET", "/api/products?page={n}&limit=24"), ("GET", "/api/products/{id}"), ("GET", "/api/cart"), ("POST", "/api/cart/items"), ("POST", "/api/orders"),
                       ("GET", "/api/orders/{id}"), ("GET", "/health"), ("POST", "/api/auth/login"), ("GET", "/api/categories")])
        p = path.format(n=g.num(1, 20), id=g.num(1000, 99999))
        if m == "POST":
            code = g.c([201] * 10 + [200, 400, 401, 409, 422, 500])
        else:
            code = g.c([200] * 18 + [304, 304, 304, 401, 404, 404, 500])
        size = "-" if code in (204, 304) else g.num(20, 90000) if code < 400 else g.num(20, 300)
        out(k, f"{g.c(clients)} - {m} {p} HTTP/1.1 {code} {size} - {g.r.uniform(0.5, 900):.3f} ms", "morgan_short")

    def app_err():
        k = g.c([0, 1])
        e = g.num(0, 3)
        if e == 0:
            oid = g.num(100000, 999999)
            out(k, f"Failed to create order {oid}: ValidationError: \"{g.c(['email', 'shippingAddress.zip', 'items[0].qty'])}\" {g.c(['must be a valid email', 'is required', 'must be greater than or equal to 1'])}", "order_validation")
        elif e == 1:
            out(k, f"TypeError: Cannot read properties of undefined (reading '{g.c(['id', 'price', 'variants'])}')", "typeerror", [
                (f"    at /home/deploy/shop/api/routes/{g.c(['orders', 'cart', 'products'])}.js:{g.num(20, 200)}:{g.num(5, 40)}", "stack_frame"),
                ("    at Layer.handle [as handle_request] (/home/deploy/shop/api/node_modules/express/lib/router/layer.js:95:5)", "stack_frame"),
                ("    at next (/home/deploy/shop/api/node_modules/express/lib/router/route.js:149:13)", "stack_frame"),
                ("    at Route.dispatch (/home/deploy/shop/api/node_modules/express/lib/router/route.js:119:3)", "stack_frame"),
                ("    at Layer.handle [as handle_request] (/home/deploy/shop/api/node_modules/express/lib/router/layer.js:95:5)", "stack_frame"),
                ("    at /home/deploy/shop/api/node_modules/express/lib/router/index.js:284:15", "stack_frame")])
        elif e == 2:
            out(k, f"[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.0.3.7:6379", "ioredis_unhandled", [
                ("    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)", "stack_frame")])
        else:
            out(k, f"Slow query ({g.num(1000, 9000)} ms): SELECT * FROM products WHERE category_id = $1 ORDER BY created_at DESC LIMIT 24 OFFSET {g.num(0, 400)}", "slow_query")

    def worker_job():
        st["job"] += 1
        name = g.c(jobs)
        r = g.r.random()
        if r < 0.9:
            out(2, f"[worker] job {st['job']} ({name}) completed in {g.num(20, 4000)}ms", "job_completed")
        elif r < 0.97:
            out(2, f"[worker] job {st['job']} ({name}) failed (attempt {g.num(1, 3)}/3): {g.c(['Error: 421 4.7.0 Try again later, closing connection.', 'Error: ENOSPC: no space left on device, write', 'TimeoutError: Navigation timeout of 30000 ms exceeded'])}", "job_failed")
        else:
            out(2, f"[worker] job {st['job']} ({name}) stalled, moving back to wait", "job_stalled")

    def queue_stats():
        out(2, f"[worker] queue stats: waiting={g.num(0, 50)} active={g.num(0, 5)} delayed={g.num(0, 20)} failed={g.num(0, 300)}", "queue_stats")

    def crash():
        k = g.c([0, 1, 2])
        if apps[k] == "api":
            out(k, "/home/deploy/shop/api/node_modules/pg-pool/index.js:45", "crash_file", [
                ("    Error.captureStackTrace(err)", "crash_code"), ("          ^", "crash_caret"), ("", "blank"),
                ("Error: Connection terminated unexpectedly", "crash_error"),
                ("    at /home/deploy/shop/api/node_modules/pg-pool/index.js:45:11", "stack_frame"),
                ("    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)", "stack_frame"),
                ("    at async OrdersRepo.create (/home/deploy/shop/api/repos/orders.js:31:20)", "stack_frame"),
                ("", "blank"), ("Node.js v20.18.0", "node_version")])
            pm2(f"App [{apps[k]}:{k}] exited with code [1] via signal [SIGINT]", "pm2_exited")
        else:
            pm2(f"[PM2][WORKER] Process {k} restarted because it exceeds --max-memory-restart value (current_memory={g.num(314572800, 330000000)} max_memory_limit=314572800 [octets])", "pm2_max_memory")
            pm2(f"Stopping app:{apps[k]} id:{k}", "pm2_stopping")
            pm2(f"App [{apps[k]}:{k}] exited with code [0] via signal [SIGINT]", "pm2_exited")
            pm2(f"pid={pids[k]} msg=process killed", "pm2_killed")
        L.tick(1)
        start_app(k)

    def reload():
        for k in (0, 1):
            pm2(f"Stopping app:{apps[k]} id:{k}", "pm2_stopping")
            out(k, "SIGINT received, closing HTTP server", "sigint_received")
            pm2(f"App [{apps[k]}:{k}] exited with code [0] via signal [SIGINT]", "pm2_exited")
            pm2(f"pid={pids[k]} msg=process killed", "pm2_killed")
            start_app(k)

    header()
    ev = [(40, access), (5, app_err), (14, worker_job), (2, queue_stats), (0.15, crash), (0.05, reload)]
    return L.run(ev, None)


# 17 --------------------------------------------------------------- Bazel 7.4 in a CI job (`set -x`; `bazel build //...` then `bazel test //...`, --config=ci, remote cache), several pipeline runs in one log
@checked
def log_bazel(seed):
    L = Log("bazel_ci", seed, None, True, False)
    g = L.g
    WS = "/workspace"
    OB = "/cache/bazel/_bazel_ci/8f14e45fceea167a5a36dedd4bea2543"
    pkgs = [("src/net", "http", ["http/parser.cc", "http/headers.cc", "http/chunked.cc", "tcp/socket.cc"]), ("src/core", "core", ["lexer.cc", "arena.cc", "status.cc"]),
            ("libs/auth", "auth", ["jwt.cc", "hmac.cc"]), ("third_party/zlib", "zlib", ["deflate.c", "inflate.c", "trees.c"])]
    gopkgs = ["services/orders", "services/billing", "services/catalog", "services/gateway", "libs/go/kv"]
    tests = ["//src/net:http_test", "//src/core:lexer_test", "//src/core:arena_test", "//libs/auth:auth_test", "//services/orders:orders_test", "//services/billing:billing_test",
             "//services/catalog:catalog_test", "//services/gateway:gateway_test", "//libs/go/kv:kv_test", "//tools/lint:buildifier_test", "//web/app:unit_test", "//web/app:e2e_test"]

    def say(text, ev, lv=None):
        L.emit(text, ev, lv)

    def info(msg, ev):
        say(f"INFO: {msg}", ev, "INFO")

    def warn(msg, ev):
        say(f"WARNING: {msg}", ev, "WARNING")

    def err(msg, ev):
        say(f"ERROR: {msg}", ev, "ERROR")

    def preamble(cmd, first):
        say(f"+ bazel {cmd} //... --config=ci", "shell_trace")
        if first:
            say("Starting local Bazel server and connecting to it...", "starting_server")
        info(f"Invocation ID: {g.uuid()}", "invocation_id")
        info("Reading 'startup' options from /workspace/.bazelrc: --output_user_root=/cache/bazel", "reading_startup")
        info("Options provided by the client:", "options_client")
        say("  Inherited 'common' options: --isatty=0 --terminal_columns=80", "options_inherited")
        info("Reading rc options for 'build' from /workspace/.bazelrc:", "reading_rc")
        say("  'build' options: --incompatible_strict_action_env --enable_platform_specific_config --remote_cache=grpcs://cache.example.com --remote_upload_local_results=true", "options_build")
        info("Found applicable config definition build:ci in file /workspace/.bazelrc: --jobs=32 --color=no --curses=no --show_timestamps=false --remote_timeout=60", "config_ci")
        info(f"Streaming build results to: https://app.buildbuddy.io/invocation/{g.uuid()}", "streaming_results")
        say("Computing main repo mapping: ", "computing_mapping")
        say("Loading: ", "loading")
        say(f"Loading: {g.num(0, 40)} packages loaded", "loading_n")
        n = g.num(280, 320)
        say(f"Analyzing: {n} targets ({g.num(0, 50)} packages loaded, 0 targets configured)", "analyzing")
        if first:
            say(f"Analyzing: {n} targets ({g.num(150, 250)} packages loaded, {g.num(2000, 9000)} targets configured)", "analyzing")
            say(f"DEBUG: {OB}/external/rules_python~/python/private/pypi/whl_library.bzl:{g.num(200, 400)}:14: Found 2 wheels for 'grpcio', using cp312-manylinux", "debug_print", "DEBUG")
        info(f"Analyzed {n} targets ({g.num(300, 450)} packages loaded, {g.num(12000, 18000)} targets configured).", "analyzed")
        if cmd == "test":
            info(f"Found {n - len(tests)} targets and {len(tests)} test targets...", "found_targets_tests")
        else:
            info(f"Found {n} targets...", "found_targets")
        return n

    def progress(done, total, what):
        running = g.num(8, 32)
        head = f"[{done:,} / {total:,}] {what}; {g.num(0, 30)}s {g.c(['linux-sandbox', 'remote-cache, linux-sandbox', 'processwrapper-sandbox'])} ... "
        if g.r.random() < 0.5:
            say(head + f"({running} actions, {running - g.num(1, 4)} running)", "progress_some_running")
        else:
            say(head + f"({running} actions running)", "progress_all_running")

    def action_name():
        if g.r.random() < 0.6:
            d, lib, srcs = g.c(pkgs)
            return f"Compiling {d}/{g.c(srcs)}"
        k = g.num(0, 3)
        if k == 0:
            return f"GoCompilePkg {g.c(gopkgs)}/{g.c(gopkgs).split('/')[-1]}.a"
        if k == 1:
            return f"Linking {g.c(gopkgs)}/{g.c(['server', 'cli', 'migrate'])}"
        if k == 2:
            return f"Action web/app/bundle.js"
        return f"ProtoCompile api/{g.c(['orders', 'billing', 'catalog'])}/v1/{g.c(['orders', 'billing', 'catalog'])}.pb.go"

    def warnings_block():
        d, lib, srcs = pkgs[3]
        f = g.c(srcs)
        info(f"From Compiling {d}/{f}:", "from_compiling")
        ln = g.num(100, 1400)
        kind = g.c(["variable", "parameter"])
        say(f"{d}/{f}:{ln}:{g.num(5, 30)}: warning: {kind} '{g.c(['dist', 'lc', 's', 'flush'])}' set but not used [-Wunused-but-set-{kind}]", "gcc_warning")
        say(f" {ln:>4} |     {g.c(['unsigned dist;', 'int lc = 0;', 'ush dist;'])}", "gcc_source")
        say("      |              ^~~~", "gcc_caret")

    def deprecated():
        warn(f"{WS}/services/legacy/BUILD.bazel:12:10: target '//services/legacy:legacy' depends on deprecated target '//libs/go/kv:kv_v1': use //libs/go/kv instead", "deprecated_target")

    def remote_warn():
        warn(f"Remote Cache: {g.c(['DEADLINE_EXCEEDED: deadline exceeded after 59.999s', 'UNAVAILABLE: io exception', 'RESOURCE_EXHAUSTED: Quota exceeded for write requests'])}", "remote_cache_warning")

    def build(first, fail):
        total = g.num(2500, 4000)
        preamble("build", first)
        say(f"[0 / {g.num(10, 60)}] [Prepa] BazelWorkspaceStatusAction stable-status.txt", "prepa")
        if g.r.random() < 0.5:
            deprecated()
        done = 0
        steps = g.num(8, 20)
        for i in range(steps):
            done = min(total - 1, done + g.num(40, total // steps + 100))
            progress(done, total, action_name())
            if g.r.random() < 0.12:
                warnings_block()
            if g.r.random() < 0.05:
                remote_warn()
            if fail and i == steps // 2:
                d, lib, srcs = pkgs[g.num(0, 2)]
                f = g.c(srcs)
                ln = g.num(20, 300)
                err(f"{WS}/{d}/BUILD.bazel:{g.num(5, 60)}:11: Compiling {d}/{f} failed: (Exit 1): gcc failed: error executing CppCompile command (from target //{d}:{lib}) "
                    f"/usr/bin/gcc -U_FORTIFY_SOURCE -fstack-protector -Wall -Wunused-but-set-parameter -Wno-free-nonheap-object -fno-omit-frame-pointer -g0 -O2 -D_FORTIFY_SOURCE=1 -DNDEBUG "
                    f"-ffunction-sections -fdata-sections '-std=c++17' -MD -MF bazel-out/k8-opt/bin/{d}/_objs/{lib}/{f[:-3]}.pic.d ... (remaining 31 arguments skipped)", "compile_failed")
                say(f"{d}/{f}: In member function 'bool {lib}::{g.c(['Parser', 'Lexer', 'Arena', 'Verifier'])}::{g.c(['Feed', 'Next', 'Allocate', 'Check'])}(std::string_view)':", "gcc_in_function")
                sym = g.c(["kMaxHeaderSize", "MakeStatus", "kAlignment", "ParseClaims"])
                say(f"{d}/{f}:{ln}:{g.num(5, 30)}: error: '{sym}' was not declared in this scope", "gcc_error")
                say(f" {ln:>4} |     if (len > {sym}) {{", "gcc_source")
                say(f"      |               ^{'~' * (len(sym) - 1)}", "gcc_caret")
                say(f"Target //{d}:{lib} failed to build", "target_failed")
                say("Use --verbose_failures to see the command lines of failed build steps.", "verbose_hint")
                info(f"Elapsed time: {g.f(20, 200, 3)}s, Critical Path: {g.f(10, 60, 2)}s", "elapsed")
                info(f"{done} processes: {g.num(100, done)} remote cache hit, {g.num(50, 500)} internal, {g.num(10, 900)} linux-sandbox.", "processes")
                err("Build did NOT complete successfully", "build_not_complete")
                return False
        info(f"Elapsed time: {g.f(40, 400, 3)}s, Critical Path: {g.f(20, 120, 2)}s", "elapsed")
        info(f"{total} processes: {g.num(1000, total)} remote cache hit, {g.num(100, 900)} internal, {g.num(100, 900)} linux-sandbox.", "processes")
        info(f"Build completed successfully, {total} total actions", "build_ok")
        return True

    def test(first):
        total = g.num(3000, 4500)
        preamble("test", first)
        done = 0
        failed = set(g.r.sample(tests, g.c([0, 0, 1, 1, 2])))
        flaky = set(g.r.sample([t for t in tests if t not in failed], g.c([0, 0, 0, 1])))
        for i in range(g.num(6, 12)):
            done = min(total - 1, done + g.num(100, 500))
            if g.r.random() < 0.5:
                progress(done, total, f"Testing {g.c(tests)}")
            else:
                progress(done, total, action_name())
        for t in sorted(failed):
            tp = t[2:].replace(":", "/")
            info(f"From Testing {t}:", "from_testing")
            say(f"==================== Test output for {t}:", "test_output_head")
            if "web/app" in t:
                say(f" FAIL  src/{g.c(['cart', 'checkout', 'search'])}.test.ts", "jest_fail")
                say(f"  ● {g.c(['Cart', 'Checkout', 'Search'])} › {g.c(['applies coupon', 'renders totals', 'debounces input'])}", "jest_case")
                say(f"    expect(received).toBe(expected) // Object.is equality", "jest_expect")
            else:
                fn = g.c(["TestInvoiceRounding", "TestCreateOrder", "TestParseChunked", "TestTokenExpiry"])
                say(f"--- FAIL: {fn} ({g.f(0, 2, 2)}s)", "go_fail")
                say(f"    {fn.lower()[4:]}_test.go:{g.num(20, 200)}: got {g.f(1, 100, 2)}, want {g.f(1, 100, 2)}", "go_fail_detail")
                say("FAIL", "go_fail_word")
            say("================================================================================", "test_output_rule")
            say(f"FAIL: {t} (see {OB}/execroot/_main/bazel-out/k8-fastbuild/testlogs/{tp}/test.log)", "fail_see")
        for t in sorted(flaky):
            warn(f"{t} passed on retry, see {OB}/execroot/_main/bazel-out/k8-fastbuild/testlogs/{t[2:].replace(':', '/')}/test_attempts/attempt_1.log", "flaky")
        info(f"Elapsed time: {g.f(60, 600, 3)}s, Critical Path: {g.f(20, 300, 2)}s", "elapsed")
        info(f"{total} processes: {g.num(1000, total)} remote cache hit, {g.num(100, 900)} internal, {g.num(100, 900)} linux-sandbox.", "processes")
        if failed:
            info(f"Build completed, {len(failed)} test{'s' if len(failed) > 1 else ''} FAILED, {total} total actions", "build_tests_failed")
        else:
            info(f"Build completed successfully, {total} total actions", "build_ok")
        executed = 0
        for t in tests:
            cached = g.r.random() < 0.6 and t not in failed and t not in flaky
            executed += 0 if cached else 1
            if t in failed:
                say(f"{t:<72}FAILED in {g.f(0.2, 30, 1)}s", "test_result_failed")
                say(f"  {OB}/execroot/_main/bazel-out/k8-fastbuild/testlogs/{t[2:].replace(':', '/')}/test.log", "test_log_path")
            elif t in flaky:
                say(f"{t:<72}FLAKY, failed in 1 out of 2 in {g.f(0.2, 30, 1)}s", "test_result_flaky")
                say(f"  Stats over 2 runs: max = {g.f(0.2, 30, 1)}s, min = {g.f(0.2, 30, 1)}s, avg = {g.f(0.2, 30, 1)}s, dev = {g.f(0, 3, 1)}s", "test_flaky_stats")
                say(f"  {OB}/execroot/_main/bazel-out/k8-fastbuild/testlogs/{t[2:].replace(':', '/')}/test_attempts/attempt_1.log", "test_log_path")
            else:
                say(f"{t:<63}{'(cached) ' if cached else '         '}PASSED in {g.f(0.1, 40, 1)}s", "test_result_passed")
        say("", "blank")
        n_t = len(tests)
        if failed:
            say(f"Executed {executed} out of {n_t} tests: {n_t - len(failed)} tests pass and {len(failed)} fail{'s' if len(failed) == 1 else ''} locally.", "executed_summary_fail")
        else:
            say(f"Executed {executed} out of {n_t} tests: {n_t} tests pass.", "executed_summary_ok")
        say("There were tests whose specified size is too big. Use the --test_verbose_timeout_warnings command line option to see which ones these are.", "size_too_big")
        return not failed

    run = 0
    while len(L.rows) < N_LINES:
        run += 1
        say(f"--- :bazel: Pipeline #{4800 + run} ({g.c(['main', 'main', 'feature/checkout-v2', 'fix/rounding', 'renovate/grpc-1.68'])} @ {g.hx(8)})", "pipeline_banner")
        ok = build(True, g.r.random() < 0.25)
        if ok:
            test(False)
        say(f"+ exit {0 if ok else 1}", "shell_trace")
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- Firebird 4.0 SuperServer on Linux, /opt/firebird/firebird.log (an ERP database used by Windows desktop clients)
@checked
def log_firebird(seed):
    L = Log("firebird_log", seed, "full", False, False, start=dt.datetime(2026, 11, 20, 7, 40, 11, tzinfo=UTC))
    g = L.g
    HOST = "fbsrv01"
    DB = "/data/firebird/erp.fdb"
    ws = [(f"WS-{d}-{n:02d}", f"10.0.{k}.{g.num(20, 200)}", u) for k, d in enumerate(["ACC", "LOG", "SAL", "WH"], start=2) for n, u in [(1, g.user()), (2, g.user()), (3, g.user())]]
    st = {"oit": g.num(100000, 200000)}

    def rec(lines):
        L.t += dt.timedelta(seconds=g.num(0, 2))
        L.emit(f"{HOST}\t{ctime(L.t)}", "record_header")
        for text, e in lines:
            L.emit("\t" + text, e)
        L.emit("", "blank")

    def inet():
        h, ip, u = g.c(ws)
        op = g.c(["read", "read", "read", "send"])
        rec([(f"INET/inet_error: {op} errno = {g.c([104, 104, 110, 32]) if op == 'read' else 32}, client host = {h}, address = {ip}/{g.num(49152, 65535)}, user = {u}", "inet_error")])

    def detach():
        h, ip, u = g.c(ws)
        rec([("REMOTE INTERFACE/gds__detach: Unsuccesful detach from database. ", "unsuccessful_detach"), ("Uncommitted work may have been lost.", "uncommitted_work"),
             ("Error writing data to the connection.", "error_writing"), (f"send errno = {g.c([104, 32])}", "send_errno")])

    def sweep():
        st["oit"] += g.num(1000, 20000)
        o = st["oit"]
        nums = f"OIT {o}, OAT {o + g.num(1, 50)}, OST {o + g.num(1, 50)}, Next {o + g.num(60, 400)}"
        rec([(f"Database: {DB}", "database"), ("Sweep is started by SYSDBA", "sweep_started"), (f"Database \"{DB}\" ", "sweep_database"), (nums, "sweep_counters")])
        L.tick(300)
        rec([(f"Database: {DB}", "database"), ("Sweep is finished", "sweep_finished"), (f"Database \"{DB}\" ", "sweep_database"), (f"OIT {o + 40}, OAT {o + 60}, OST {o + 60}, Next {o + 420}", "sweep_counters")])

    def auth():
        h, ip, u = g.c(ws)
        k = g.num(0, 2)
        if k == 0:
            rec([("Authentication error", "auth_error"), ("No matching plugins on server", "no_matching_plugins")])
        elif k == 1:
            rec([(f"INET/inet_error: read errno = 104, client host = {h}, address = {ip}/{g.num(49152, 65535)}, user = {u}", "inet_error")])
        else:
            rec([("Authentication error", "auth_error"), ("Your user name and password are not defined. Ask your database administrator to set up a Firebird login.", "login_not_defined")])

    def lock():
        rec([(f"Database: {DB}", "database"), ("lock time-out on wait transaction", "lock_timeout"), (f"-deadlock", "deadlock"),
             (f"-concurrent transaction number is {st['oit'] + g.num(100, 9000)}", "concurrent_tx")])

    def shutdown():
        rec([(f"Shutting down the server with {g.num(0, 12)} active connection(s) to {g.num(0, 1)} database(s), 0 active service(s)", "shutting_down")])
        L.tick(60)

    def consistency():
        rec([(f"Database: {DB}", "database"), (f"internal Firebird consistency check (wrong record length ({g.num(10, 400)}), file: vio.cpp line: {g.c([1661, 4123])})", "consistency_check")])

    def io_err():
        rec([(f"Database: {DB}", "database"), ("I/O error during \"write\" operation for file \"/data/firebird/erp.fdb\"", "io_error"), ("Error while trying to write to file", "error_writing_file"),
             ("No space left on device", "no_space")])

    def gfix():
        rec([(f"Database: {DB}", "database"), ("Validation started", "validation_started")])
        L.tick(120)
        rec([(f"Database: {DB}", "database"), (f"Validation finished: {g.num(0, 3)} errors, {g.num(0, 12)} warnings, {g.num(0, 3)} fixed", "validation_finished")])

    def security_db():
        rec([(f"Database: {DB}", "database"), ("Error in isc_attach_database() API call when working with security database", "attach_security_error"),
             ("connection shutdown", "connection_shutdown"), ("-Idle timeout expired.", "idle_timeout")])

    ev = [(40, inet), (6, detach), (1.2, sweep), (4, auth), (2, lock), (0.4, shutdown), (0.1, consistency), (0.15, io_err), (0.3, gfix), (3, security_db)]
    return L.run(slowed(L, ev, 900), None)


# 19 --------------------------------------------------------------- Gitea 1.22 (Docker, rootless), /var/lib/gitea/log/gitea.log, default file logger ("%Y/%m/%d %H:%M:%S" shortfile funcname [L] message)
@checked
def log_gitea(seed):
    L = Log("gitea_log", seed, "full", True, True)
    g = L.g
    repos = ["platform/api", "platform/web", "alice/dotfiles", "infra/terraform", "infra/ansible", "bob/notes", "mirrors/linux-firmware", "mirrors/upstream-libfoo"]
    users = ["alice", "bob", "carol", "dave", "ci-bot", "renovate"]
    clients = [g.ip() for _ in range(10)]
    bots = [g.ip("pub") for _ in range(8)]
    st = {"task": g.num(1000, 9000)}

    def e(src, lv, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 50))
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {src} [{lv}] {msg}", ev, lv, src)
        for text, c in cont:
            L.emit(text, c, lv, src)

    ROUTES = [("GET", "/{r}", "repo/view_home.go:{n}(repo.Home)", 200), ("GET", "/{r}/src/branch/main/{f}", "repo/view.go:{n}(repo.Home)", 200),
              ("GET", "/{r}/commits/branch/main", "repo/commit.go:{n}(repo.Commits)", 200), ("GET", "/{r}/pulls/{i}", "repo/pull.go:{n}(repo.ViewIssue)", 200),
              ("GET", "/{r}/issues?state=open", "repo/issue.go:{n}(repo.Issues)", 200), ("GET", "/api/v1/repos/{r}/pulls?state=open", "api/v1/repo/pull.go:{n}(repo.ListPullRequests)", 200),
              ("POST", "/{r}.git/git-upload-pack", "repo/githttp.go:{n}(repo.ServiceUploadPack)", 200), ("POST", "/{r}.git/git-receive-pack", "repo/githttp.go:{n}(repo.ServiceReceivePack)", 200),
              ("GET", "/{r}.git/info/refs?service=git-upload-pack", "repo/githttp.go:{n}(repo.GetInfoRefs)", 200), ("GET", "/user/events", "events/events.go:{n}(events.Events)", 200),
              ("GET", "/assets/css/index.css?v=1.22.3", "web/routing/logger.go", 200), ("POST", "/api/internal/hook/post-receive/{r}", "private/hook_post_receive.go:{n}(private.HookPostReceive)", 200),
              ("GET", "/api/actions/runner.v1.RunnerService/FetchTask", "actions/runner/runner.go:{n}(runner.FetchTask)", 200)]
    hlines = {}
    FILES = ["README.md", "main.go", "go.mod", "src/app.tsx", "Makefile", "modules/vpc/main.tf", ".gitea/workflows/ci.yml"]

    def request():
        m, p, h, code = g.c(ROUTES)
        path = p.format(r=g.c(repos), f=g.c(FILES), i=g.num(1, 400))
        ip = "127.0.0.1" if "/internal/" in path else g.c(clients)
        handler = hlines.setdefault(h, h.format(n=g.num(50, 900)))
        if h == "web/routing/logger.go":
            handler = "web/misc/misc.go:25(misc.StaticFile)"
        if g.r.random() < 0.05:
            code = g.c([302, 304, 404, 500])
        txt = {200: "OK", 302: "Found", 304: "Not Modified", 404: "Not Found", 500: "Internal Server Error"}[code]
        dur = g.r.uniform(0.2, 200) if "git-upload-pack" not in path else g.r.uniform(50, 4000)
        if dur > 3000 and g.r.random() < 0.8:
            e(".../web/routing/logger.go:68:func1()", "W", f"router: slow      {m} {path} for {ip}:0, elapsed {dur:.1f}ms @ {handler}", "router_slow")
        e(".../web/routing/logger.go:102:func1()", "I" if code < 500 else "E", f"router: completed {m} {path} for {ip}:0, {code} {txt} in {dur:.1f}ms @ {handler}", "router_completed")

    def polling():
        e(".../web/routing/logger.go:68:func1()", "I", f"router: polling   GET /user/events for {g.c(clients)}:0, elapsed {g.num(3000, 60000)}.{g.num(0, 9)}ms @ events/events.go:18(events.Events)", "router_polling")

    def scanner():
        ip = g.c(bots)
        for _ in range(g.num(2, 6)):
            path = g.c(["/.env", "/wp-login.php", "/.git/config", "/admin/config.php", "/api/v1/version", "/explore/repos", "/user/login", "/phpmyadmin/"])
            code = 200 if path in ("/api/v1/version", "/explore/repos", "/user/login") else 404
            txt = "OK" if code == 200 else "Not Found"
            e(".../web/routing/logger.go:102:func1()", "I", f"router: completed GET {path} for {ip}:0, {code} {txt} in {g.f(0.3, 12, 1)}ms @ {'web/goget.go:22(web.goGet)' if code == 404 else 'auth/auth.go:185(auth.SignIn)'}", "router_completed")

    def ssh_fail():
        ip = g.c(bots)
        k = g.num(0, 2)
        if k == 0:
            e("modules/ssh/ssh.go:329:publicKeyHandler()", "W", f"Failed authentication attempt from {ip}:{g.port()}", "ssh_failed_auth")
        elif k == 1:
            e("modules/ssh/ssh.go:298:sshConnectionFailed()", "W", f"Failed connection from {ip}:{g.port()} with error: {g.c(['[ssh: no auth passed yet, permission denied]', 'EOF', 'ssh: handshake failed: read tcp 172.18.0.3:2222->' + ip + ':' + str(g.port()) + ': read: connection reset by peer'])}", "ssh_failed_conn")
            e("modules/ssh/ssh.go:300:sshConnectionFailed()", "W", "Failed authentication attempt from " + ip + ":" + str(g.port()), "ssh_failed_auth_conn")
        else:
            u = g.c(users)
            e("routers/web/auth/auth.go:227:SignInPost()", "I", f"Failed authentication attempt for {u} from {g.c(clients + bots)}:0: user's password is invalid [uid: {users.index(u) + 1}, name: {u}]", "web_failed_auth")

    def push():
        r = g.c(repos[:6])
        u = g.c(users)
        e(".../web/routing/logger.go:102:func1()", "I", f"router: completed POST /{r}.git/git-receive-pack for {g.c(clients)}:0, 200 OK in {g.f(40, 900, 1)}ms @ repo/githttp.go:{g.num(400, 600)}(repo.ServiceReceivePack)", "router_completed")
        e(".../web/routing/logger.go:102:func1()", "I", f"router: completed POST /api/internal/hook/post-receive/{r} for 127.0.0.1:0, 200 OK in {g.f(10, 300, 1)}ms @ private/hook_post_receive.go:37(private.HookPostReceive)", "router_completed")
        if g.r.random() < 0.3:
            st["task"] += 1
            e("services/webhook/deliver.go:293:DeliverHooks()", "E", f"Unable to deliver webhook task[{st['task']}]: unable to deliver webhook task[{st['task']}] in https://ci.example.com/hooks/gitea due to error in http client: Post \"https://ci.example.com/hooks/gitea\": dial tcp 10.0.4.9:443: connect: connection refused", "webhook_failed")
        if g.r.random() < 0.3:
            e("services/pull/pull.go:378:AddTestPullRequestTask()", "I", f"AddTestPullRequestTask [head_repo_id: {g.num(1, 90)}, head_branch: {g.c(['main', 'feature/login', 'renovate/go-1.23'])}]: only pulls from the same repo", "add_test_pr_task")

    def mirror():
        r = g.c(repos[6:])
        if g.r.random() < 0.75:
            if g.r.random() < 0.2:
                e("services/mirror/mirror_pull.go:449:SyncPullMirror()", "W", f"SyncMirrors [repo_id: {g.num(30, 40)}]: {g.c(['context deadline exceeded', 'mirror is already being synced'])}", "mirror_warn")
            return
        e("services/mirror/mirror_pull.go:245:runSync()", "E", f"SyncMirrors [repo: {g.num(30, 40)}:{r}]: failed to update mirror repository:", "mirror_failed", cont=[
            ("Stdout: ", "mirror_stdout"),
            (f"Stderr: fatal: unable to access 'https://{g.c(['github.com/torvalds', 'gitlab.com/libfoo'])}/{r.split('/')[1]}.git/': {g.c(['Could not resolve host: github.com', 'Failed to connect to gitlab.com port 443 after 130911 ms: Couldn' + chr(39) + 't connect to server', 'The requested URL returned error: 502'])}", "mirror_stderr"),
            ("Err: exit status 128", "mirror_err")])

    def slow_sql():
        q = g.c(['SELECT "id", "repo_id", "user_id", "op_type", "act_user_id", "comment_id", "is_deleted", "ref_name", "is_private", "content", "created_unix" FROM "action" WHERE (user_id = $1) ORDER BY "action"."created_unix" DESC, "action"."id" DESC LIMIT 20',
                 'UPDATE "repository" SET "updated_unix" = $1 WHERE id=$2', 'SELECT count(*) FROM "issue" INNER JOIN "repository" ON "issue".repo_id = "repository".id WHERE (issue.is_closed=$1)'])
        e("models/db/engine.go:196:func1()", "W", f"[Slow SQL Query] {q} [{g.num(1, 90)} {g.c(['true', 'false', str(g.num(10 ** 9, 2 * 10 ** 9))])}] - {g.f(5, 40, 6)}s", "slow_sql")

    def cron():
        task = g.c(["update_mirrors", "delete_old_actions", "archive_cleanup", "repo_health_check", "check_repo_stats", "update_checker", "cleanup_actions", "deleted_branches_cleanup"])
        e("services/cron/tasks.go:158:RunWithUser()", "I", f"Starting cron task: {task}", "cron_starting")
        if task == "update_checker" and g.r.random() < 0.5:
            e("modules/updatechecker/update_checker.go:65:GiteaUpdateChecker()", "E", "Unable to get latest version: Get \"https://dl.gitea.com/gitea/version.json\": dial tcp: lookup dl.gitea.com on 127.0.0.11:53: server misbehaving", "update_check_failed")
        if task == "update_mirrors":
            mirror()

    def queue():
        e("modules/queue/workergroup.go:124:func1()", "E", f"Unable to handle items in queue {g.c(['pr_patch_checker', 'code_indexer', 'webhook_sender'])}: {g.c(['context deadline exceeded', 'dial tcp 10.0.4.20:6379: connect: connection refused'])}", "queue_error")

    def panic():
        e("routers/common/errpage.go:50:RenderPanicErrorPage()", "E", "PANIC: runtime error: invalid memory address or nil pointer dereference", "panic", cont=[
            ("/usr/local/go/src/runtime/panic.go:785 (0x475a44)", "panic_frame_file"), ("\tgopanic: panic(v)", "panic_frame_code"),
            ("/usr/local/go/src/runtime/panic.go:262 (0x472efd)", "panic_frame_file"), ("\tpanicmem: panic(memoryError)", "panic_frame_code"),
            ("/go/src/code.gitea.io/gitea/routers/web/repo/view_home.go:177 (0x2d6b1f4)", "panic_frame_file"), ("\tprepareHomeSidebarLanguageStats: ctx.Data[\"LanguageStats\"] = langs", "panic_frame_code"),
            ("/go/src/code.gitea.io/gitea/modules/web/handler.go:176 (0x1c2e3a5)", "panic_frame_file"), ("\tfunc1: fn(resp, req)", "panic_frame_code")])

    def startup():
        e("cmd/web.go:242:runWeb()", "I", f"Starting Gitea on PID: {g.num(10, 30)}", "starting_pid")
        e("cmd/web.go:112:showWebStartupMessage()", "I", "Gitea version: 1.22.3 built with GNU Make 4.4.1, go1.22.8 : bindata, timetzdata, sqlite, sqlite_unlock_notify", "gitea_version")
        for k, v in [("RunMode", "prod"), ("AppPath", "/usr/local/bin/gitea"), ("WorkPath", "/var/lib/gitea"), ("CustomPath", "/var/lib/gitea/custom"), ("ConfigFile", "/etc/gitea/app.ini")]:
            e("cmd/web.go:113:showWebStartupMessage()", "I", f"* {k}: {v}", "startup_setting")
        e("cmd/web.go:117:showWebStartupMessage()", "I", "Prepare to run web server", "prepare_web")
        e("routers/init.go:117:InitWebInstalled()", "I", "Git version: 2.45.2 (home: /var/lib/gitea/data/home)", "git_version")
        e("models/db/engine_init.go:52:InitEngine()", "I", "PING DATABASE postgres", "ping_database")
        e("cmd/web.go:304:listen()", "I", "Listen: http://0.0.0.0:3000", "listen")
        e("cmd/web.go:308:listen()", "I", "AppURL(ROOT_URL): https://git.example.com/", "app_url")
        e("cmd/web.go:311:listen()", "I", "LFS server enabled", "lfs_enabled")
        e("modules/graceful/server.go:50:NewServer()", "I", f"Starting new Web server: tcp:0.0.0.0:3000 on PID: {g.num(10, 30)}", "new_web_server")

    def restart():
        e("modules/graceful/manager.go:107:handleSignals()", "I", "Received SIGTERM: Shutting down", "sigterm")
        e("modules/graceful/server.go:218:serve()", "I", "PID: 14 Listener ([::]:3000) closed.", "listener_closed")
        e("modules/graceful/manager.go:176:doHammerTime()", "W", "Setting Hammer condition", "hammer")
        e("cmd/web.go:323:listen()", "I", "HTTP Listener: 0.0.0.0:3000 Closed", "http_listener_closed")
        e("modules/graceful/manager.go:247:doTerminate()", "W", "Terminating", "terminating")
        e("cmd/web.go:163:serveInstalled()", "I", "PID: 14 Gitea Web Finished", "web_finished")
        L.tick(20)
        startup()

    startup()
    ev = [(40, request), (6, polling), (4, scanner), (7, ssh_fail), (4, push), (2.5, cron), (1.5, slow_sql), (0.5, queue), (0.1, panic), (0.04, restart)]
    return L.run(ev, None)


# 20 --------------------------------------------------------------- iOS 18 device syslog relayed by libimobiledevice: `idevicesyslog > device.log` while testing a shopping app on an iPhone
@checked
def log_ios(seed):
    L = Log("ios_idevicesyslog", seed, "noyear", True, True)
    g = L.g
    DEV = "Alices-iPhone"
    APP, BID = "ShopKit", "com.example.shopkit"
    P = {"SpringBoard": 57, "backboardd": 65, "runningboardd": 31, "locationd": 63, "mDNSResponder": 85, "wifid": 43, "CommCenter": 87, "apsd": 88, "dasd": 110, "symptomsd": 143,
         "kernel": 0, "nsurlsessiond": 103, "UserEventAgent": 26, "mediaserverd": 71}
    st = {"app": g.num(2000, 9000), "req": g.num(10000, 99999), "task": 0, "conn": 0}

    def s(proc, lib, lv, msg, ev, pid=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 60))
        p = pid if pid is not None else (st["app"] if proc == APP else P[proc])
        name = f"{proc}({lib})" if lib else proc
        L.emit(f"{syslog_ts(L.t)} {DEV} {name}[{p}] <{lv}>: {msg}", ev, lv, proc)

    def launch():
        st["app"] = g.num(2000, 9000)
        a = st["app"]
        s("SpringBoard", "FrontBoard", "Notice", f"[app<{BID}>:{a}] Bootstrap success!", "bootstrap_success")
        s("runningboardd", "RunningBoard", "Notice", f"Acquiring assertion targeting [app<{BID}({g.uuid().upper()})>:{a}] from originator [osservice<com.apple.SpringBoard>:57] with description <RBSAssertionDescriptor| \"FBApplicationProcess\" ID:31-57-{g.num(1000, 9999)} target:{a} attributes:[<RBSDomainAttribute| domain:\"com.apple.frontboard\" name:\"Visible\" sourceEnvironment:\"(null)\">]>", "acquiring_assertion")
        s("runningboardd", "RunningBoard", "Notice", f"[app<{BID}({g.uuid().upper()})>:{a}] Set jetsam priority to 100 [0] flag[1]", "jetsam_priority")
        s("symptomsd", "SymptomEvaluator", "Notice", f"Entry, display name {BID} uuid {g.uuid().upper()} pid {a} isFront 1", "symptoms_entry")
        s(APP, None, "Notice", f"[Analytics] session start (build 4.12.0 (4120), iOS 18.1.1)", "app_session_start")

    def net():
        st["task"] += 1
        host = g.c(["api.shopkit.example", "img.shopkit-cdn.example", "events.analytics.example", "api.stripe.com"])
        tk = f"<{g.uuid().upper()}>.<{st['task']}>"
        mh = g.alnum(22, B62)
        code = g.c([200, 200, 200, 200, 201, 304, 401, 404])
        st["req"] += 1
        s("mDNSResponder", None, "Notice", f"[R{st['req']}] getaddrinfo start -- flags: 0xC000D000, ifindex: 0, protocols: 0, hostname: <mask.hash: '{mh}=='>, options: 0x0 {{}}, client pid: {st['app']} ({APP})", "getaddrinfo_start")
        st["conn"] += 1
        s(APP, "CFNetwork", "Notice", f"Task {tk} resuming, timeouts(60.0, 604800.0) qos(0x19) voucher((null)) activity({g.uuid().upper()})", "task_resuming")
        s(APP, "CFNetwork", "Notice", f"Connection {st['conn']}: starting, TC(0x0)", "connection_starting")
        if g.r.random() < 0.05:
            s(APP, "CFNetwork", "Notice", f"Task {tk} finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\" UserInfo={{_kCFStreamErrorCodeKey=-2102, NSUnderlyingError=0x28{g.hx(7)} {{Error Domain=kCFErrorDomainCFNetwork Code=-1001 \"(null)\"}}, NSErrorFailingURLStringKey=https://{host}/v2/cart, _kCFStreamErrorDomainKey=4}}", "task_error")
            s(APP, None, "Error", f"[Network] request failed: GET https://{host}/v2/cart -> timeout after 60.0s", "app_request_failed")
        else:
            s(APP, "CFNetwork", "Notice", f"Connection {st['conn']}: connected successfully", "connection_connected")
            s(APP, "CFNetwork", "Notice", f"Task {tk} received response, status {code} content {g.c(['C', 'K', 'U'])}", "task_response")
            s(APP, "CFNetwork", "Notice", f"Task {tk} done using Connection {st['conn']}", "task_done_using")
            s(APP, "CFNetwork", "Notice", f"Task {tk} summary for task success {{transaction_duration_ms={g.num(30, 2000)}, response_status={code}, connection={st['conn']}, reused=0, request_start_ms=0, request_duration_ms=0, response_start_ms={g.num(20, 900)}, response_duration_ms={g.num(0, 300)}, request_bytes={g.num(200, 4000)}, response_bytes={g.num(200, 90000)}, cache_hit=false}}", "task_summary")
        s("mDNSResponder", None, "Notice", f"[R{st['req']}] getaddrinfo stop -- hostname: <mask.hash: '{mh}=='>, client pid: {st['app']} ({APP})", "getaddrinfo_stop")

    def app_log():
        k = g.num(0, 5)
        if k == 0:
            s(APP, None, "Notice", f"[Analytics] event sent: {g.c(['screen_view', 'add_to_cart', 'begin_checkout', 'search', 'view_item'])} ({g.num(1, 12)} params)", "analytics_event")
        elif k == 1:
            s(APP, None, "Notice", f"[Cart] item added sku={g.alnum(8).upper()} qty={g.num(1, 3)} total={g.f(5, 400, 2)} EUR", "cart_added")
        elif k == 2:
            s(APP, None, "Warning", f"[ImageCache] memory warning, purged {g.num(10, 400)} images ({g.f(1, 60, 1)} MB)", "image_purged")
        elif k == 3:
            s(APP, "UIKitCore", "Error", f"[LayoutConstraints] Unable to simultaneously satisfy constraints.", "layout_constraints")
        elif k == 4:
            s(APP, None, "Debug", f"[Checkout] step={g.c(['address', 'shipping', 'payment', 'review'])} valid={g.c(['true', 'false'])}", "checkout_step")
        else:
            s(APP, "libsystem_info.dylib", "Error", "nw_protocol_instance_set_output_handler Not calling remove_input_handler on 0x10" + g.hx(7) + ":udp", "nw_remove_input_handler")

    def system():
        k = g.num(0, 9)
        if k == 0:
            s("backboardd", None, "Notice", f"brightness change:{g.f(0, 1, 4)} reason:BrightnessSystemDidChange options:<private>", "brightness_change")
        elif k == 1:
            s("wifid", "WiFiPolicy", "Notice", f"__WiFiDeviceManagerEvaluateAPEnvironment: WiFiRoam : BSS List info for network : HomeNet : chanCount5GHz: [{g.num(1, 3)}] chanCount24GHz: [{g.num(1, 2)}] chanCountTotal: [{g.num(2, 5)}]", "wifiroam_bss")
        elif k == 2:
            s("locationd", None, "Notice", f"{{\"msg\":\"CLClientManager client authorization\", \"client\":\"{BID}\", \"authorization\":\"{g.c(['WhenInUse', 'NotDetermined', 'Denied'])}\"}}", "location_auth")
        elif k == 3:
            s("dasd", "DuetActivitySchedulerDaemon", "Notice", f"{g.c(['com.apple.photoanalysisd.backgroundanalysis', 'com.apple.mobileassetd.asset-update', 'com.apple.corespotlight.indexing'])}:{g.hx(6).upper()}:[ {{name: ThermalPolicy, policyWeight: 5.000, response: {{Decision: Must Not Proceed, Score: 0.00}}}} ] sumScores:0.000000, denominator:{g.f(5, 40, 6)}, FinalDecision: Must Not Proceed}}", "dasd_decision")
        elif k == 4:
            s("CommCenter", None, "Notice", f"#I Signal strength: bars={g.num(0, 4)}, rssi={g.num(-110, -60)}, rsrp={g.num(-120, -80)}, sinr={g.num(-5, 25)}", "signal_strength")
        elif k == 5:
            s("apsd", None, "Error", f"<APSCourier: 0x10{g.hx(7)}>: Stream error occurred for <APSTCPStream: 0x10{g.hx(7)}>: Error Domain=kCFErrorDomainCFNetwork Code=2 \"(null)\" UserInfo={{_kCFStreamErrorCodeKey=-65554, _kCFStreamErrorDomainKey=12}}", "aps_stream_error")
        elif k == 6:
            s("kernel", None, "Notice", f"memorystatus: killing_idle_process pid {g.num(300, 1900)} [{g.c(['com.apple.WebKit.Networking', 'PhotosReliveWidget', 'WeatherWidget', 'com.apple.quicklook.ThumbnailsAgent'])}] (sustained-memory-pressure {g.num(0, 3)}-{g.num(0, 3)}) {g.num(1000, 90000)}KB - memorystatus_available_pages: {g.num(4000, 40000)}", "memorystatus_kill")
        elif k == 7:
            s("kernel", None, "Notice", f"Sandbox: {APP}({st['app']}) deny(1) file-read-data /private/var/mobile/Library/{g.c(['Preferences/com.apple.UIKit.plist', 'Caches/com.apple.nsurlsessiond', 'Cookies/Cookies.binarycookies'])}", "sandbox_deny")
        elif k == 8:
            if g.r.random() < 0.6:
                s("nsurlsessiond", None, "Notice", f"Task <{g.uuid().upper()}>.<{g.num(1, 40)}> resuming", "nsurlsessiond_resuming")
            else:
                s("nsurlsessiond", None, "Notice", f"Task <{g.uuid().upper()}>.<{g.num(1, 40)}> will retry after 30 seconds (network unavailable)", "nsurlsessiond_retry")
        else:
            s("UserEventAgent", "com.apple.netsvcproxy", "Notice", f"File Handle Maintainer got a readable event on a file handle: Network Agent Registration socket ({g.num(10, 40)})", "netsvcproxy")

    def background():
        a = st["app"]
        s("SpringBoard", "FrontBoard", "Notice", f"[app<{BID}>:{a}] Setting process visibility to: Background", "visibility_background")
        s("runningboardd", "RunningBoard", "Notice", f"[app<{BID}({g.uuid().upper()})>:{a}] Set jetsam priority to 10 [0] flag[1]", "jetsam_priority")
        L.tick(30)
        if g.r.random() < 0.5:
            s("runningboardd", "RunningBoard", "Notice", f"[app<{BID}({g.uuid().upper()})>:{a}] Suspending task.", "suspending")
            L.tick(60)
            s("SpringBoard", "FrontBoard", "Notice", f"[app<{BID}>:{a}] Setting process visibility to: Foreground", "visibility_foreground")
        else:
            s("SpringBoard", "FrontBoard", "Notice", f"[app<{BID}>:{a}] Workspace connection invalidated.", "workspace_invalidated")
            s("SpringBoard", "FrontBoard", "Notice", f"[app<{BID}>:{a}] Now flagged as pending exit for reason: workspace client connection invalidated", "pending_exit")
            s("runningboardd", "RunningBoard", "Notice", f"[app<{BID}({g.uuid().upper()})>:{a}] termination reported by launchd (0, 0, 0)", "termination_reported")
            L.tick(20)
            launch()

    def crash():
        a = st["app"]
        s("ReportCrash", None, "Notice", f"Formulating report for corpse[{a}] {APP}", "formulating_report", pid=g.num(9000, 9999))
        s("ReportCrash", None, "Notice", f"Saved type '109({APP})' report (3 of max 25) at /private/var/mobile/Library/Logs/CrashReporter/{APP}-{L.t:%Y-%m-%d-%H%M%S}.ips", "saved_report", pid=g.num(9000, 9999))
        s("SpringBoard", "FrontBoard", "Notice", f"[app<{BID}>:{a}] Process exited: <RBSProcessExitContext| voluntary specific, status:<RBSProcessExitStatus| domain:signal(2) code:SIGABRT(6)>>.", "process_exited")
        s("runningboardd", "RunningBoard", "Notice", f"[app<{BID}({g.uuid().upper()})>:{a}] termination reported by launchd (2, 6, 6)", "termination_reported")
        L.tick(10)
        launch()

    launch()
    ev = [(18, net), (14, app_log), (22, system), (1, background), (0.15, crash)]
    return L.run(slowed(L, ev, 4), None)


LOGS = [log_unreal, log_aruba, log_freeswitch, log_bacula, log_pbs, log_vllm, log_windowsupdate, log_firefox, log_filezilla, log_tor, log_rspamd, log_zephyr, log_nodered, log_payara, log_structlog, log_pm2, log_bazel, log_firebird, log_gitea, log_ios]


if __name__ == "__main__":
    main(LOGS, WORK)
