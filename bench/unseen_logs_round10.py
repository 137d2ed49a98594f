#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the tenth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.612.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (stack frames, continuation lines, the lines of a multi-line
value such as a VirtualBox CFGM dump, an HTCondor job event, a z/OS multi-line WTO or an HL7
message logged by a Mirth channel script, the rows of a table) carry the time, level and component
of the record they belong to; a record that has no header at all (MinIO's startup banner, a Python
traceback a ROS 2 node writes to stderr, a Hugging Face metrics dict) gets the time of its
neighbours and no level or component.

The true event of a line is the format string that wrote it: a status word, a class name, a
number or a whole description filled into a format string is a variable (libtest's "test {} ...
{}" with ok/FAILED, the FIX message of a QuickFIX/J "incoming" line, HTCondor's file-transfer
event text, the dict a Trainer prints), while two format strings that look alike are two events
(Open5GS's "[Added] Number of gNBs is now %d" and "[Removed] ..."). Where a collector wraps the
line of an application (`kubectl logs --prefix`, `ros2 launch`'s "[node-N]" prefix, VirtualBox's
"VMMDev: Guest Log:" around the guest's VBoxService lines, rustc's diagnostics inside cargo's
output), the event is the application's format. Where a log writes local time without an offset,
the host's clock is UTC; where it writes the zone (Monit's "CET", TiDB's "+08:00"), the true time
is that instant.

usage: unseen_logs_round10.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round10)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round10")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked  # noqa: E402


def thou(n, sep=","):
    """12345678 -> "12,345,678"."""
    return f"{n:,}".replace(",", sep)


# 1 ---------------------------------------------------------------- VirtualBox 7.0.14 VBox.log of a developer's Ubuntu guest (VirtualBoxVM on an Ubuntu 24.04 laptop):
#   every line starts with the time since the VM process started ("HH:MM:SS.uuuuuu"), no level; the CFGM and CPUID dumps at power-on,
#   then two days of running: guest additions' VBoxService lines relayed by "VMMDev: Guest Log:", host suspend/resume, screen resizes
@checked
def log_vbox(seed):
    L = Log("virtualbox_vbox_log", seed, "rel", False, False)
    g = L.g
    start = L.t
    st = {"gstart": None, "w": 1920, "h": 1080, "state": "RUNNING"}
    VMDIR = "/home/anna/VirtualBox VMs/devbox"

    def el(t=None):
        d = (t or L.t) - start
        s = int(d.total_seconds())
        return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{d.microseconds:06d}"

    def v(msg, ev, us=(1, 60)):
        L.t += dt.timedelta(microseconds=g.num(*us))
        L.emit(f"{el()} {msg}", ev)

    def sp(n):
        return thou(n, " ")

    def gl(comp, msg, ev):
        """A VBoxService line relayed to the host: the guest's own elapsed-time header inside."""
        d = L.t - st["gstart"]
        s = int(d.total_seconds())
        v(f"VMMDev: Guest Log: {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{d.microseconds:06d} {comp:<8} {msg}", ev)

    def cfgm_int(val):
        if val >= 1 << 30 and val % (1 << 30) == 0:
            return f"0x{val:016x} ({sp(val)}, {sp(val >> 20)} MB, {sp(val >> 30)} GB)", "cfgm_integer_gb"
        if val >= 1 << 20 and val % (1 << 20) == 0:
            return f"0x{val:016x} ({sp(val)}, {sp(val >> 20)} MB)", "cfgm_integer_mb"
        return f"0x{val:016x} ({sp(val)})", "cfgm_integer"

    def node(path, level, keys):
        v(f"[{path}] (level {level})", "cfgm_node")
        w = max([len(k) for k, _ in keys] + [1])
        for k, val in keys:
            if isinstance(val, int):
                txt, ev = cfgm_int(val)
                v(f"  {k:<{w}} <integer> = {txt}", ev)
            elif isinstance(val, bytes):
                v(f"  {k:<{w}} <bytes>   = \"{val.hex()}\" (cb={len(val)})", "cfgm_bytes")
            else:
                v(f"  {k:<{w}} <string>  = \"{val}\" (cb={len(val) + 1})", "cfgm_string")
        v("", "cfgm_blank")

    def poweron():
        v("VirtualBox VM 7.0.14 r161095 linux.amd64 (Jan 15 2024 15:27:44) release log", "release_log_banner")
        v(f"Log opened {L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}000Z", "log_opened")
        for msg, ev in [("Build Type: release", "build_type"), ("OS Product: Linux", "os_product"), ("OS Release: 6.8.0-49-generic", "os_release"),
                        ("OS Version: #49-Ubuntu SMP PREEMPT_DYNAMIC Mon Nov  4 02:06:24 UTC 2024", "os_version"), ("DMI Product Name: Latitude 7440", "dmi_product_name"),
                        ("DMI Product Version: ", "dmi_product_version"), ("Firmware type: UEFI", "firmware_type"), ("Secure Boot: Enabled", "secure_boot"),
                        ("Host RAM: 31793MB (31.0GB) total, 24512MB (23.9GB) available", "host_ram"), ("Executable: /usr/lib/virtualbox/VirtualBoxVM", "executable"),
                        (f"Process ID: {g.num(20000, 90000)}", "process_id"), ("Package type: LINUX_64BITS_UBUNTU_24_04", "package_type"),
                        ("Installed Extension Packs:", "ext_packs"),
                        ("  Oracle VirtualBox Extension Pack (Version: 7.0.14 r161095; VRDE Module: VBoxVRDP; Crypto Module: VBoxPuelCrypto)", "ext_pack_entry"),
                        ("Console: Machine state changed to 'Starting'", "console_state"), ("Qt version: 5.15.13", "qt_version"),
                        (f"Guest OS type: 'Ubuntu_64'", "guest_os_type"),
                        (f"File system of '{VMDIR}/Snapshots' (snapshots) is ext4", "fs_snapshots"),
                        (f"File system of '{VMDIR}/devbox.vdi' is ext4", "fs_image"),
                        ("Shared Clipboard: Service loaded", "clipboard_loaded"), ("Shared Clipboard: Mode: Bidirectional", "clipboard_mode"),
                        ("Drag and drop service loaded", "dnd_loaded"), ("Drag and drop mode: Off", "dnd_mode"), ("Shared Folders service loaded", "sf_loaded")]:
            v(msg, ev)
        v("************************* CFGM dump *************************", "cfgm_dump_begin")
        node("/", 0, [("CpuExecutionCap", 100), ("EnablePAE", 1), ("HMEnabled", 1), ("MemBalloonSize", 0), ("Name", "devbox"), ("NumCPUs", 4),
                      ("PageFusionAllowed", 0), ("RamHoleSize", 512 << 20), ("RamSize", 8 << 30), ("TimerMillies", 10), ("UUID", bytes(g.r.getrandbits(8) for _ in range(16)))])
        node("/CPUM/", 1, [("GuestCpuName", "host"), ("NestedHWVirt", 0), ("PortableCpuIdLevel", 0), ("SpecCtrl", 1)])
        node("/DBGC/", 1, [])
        node("/DBGF/", 1, [("Path", f"{VMDIR}/debug/;{VMDIR}/;/home/anna/")])
        node("/Devices/", 1, [])
        node("/Devices/8237A/0/", 4, [("Trusted", 1)])
        node("/Devices/GIMDev/0/", 4, [("Trusted", 1)])
        node("/Devices/VMMDev/0/", 4, [("PCIBusNo", 0), ("PCIDeviceNo", 4), ("PCIFunctionNo", 0), ("Trusted", 1)])
        node("/Devices/VMMDev/0/Config/", 5, [("GuestCoreDumpDir", f"{VMDIR}/Snapshots"), ("HeapEnabled", 1), ("RamSize", 8 << 30)])
        node("/Devices/VMMDev/0/LUN#0/", 5, [("Driver", "HGCM")])
        node("/Devices/ahci/0/", 4, [("PCIBusNo", 0), ("PCIDeviceNo", 13), ("PCIFunctionNo", 0), ("Trusted", 1)])
        node("/Devices/ahci/0/Config/", 5, [("Bootable", 1), ("PortCount", 1), ("Port0", "SATA")])
        node("/Devices/ahci/0/LUN#0/AttachedDriver/Config/", 7, [("Format", "VDI"), ("Mountable", 0), ("Path", f"{VMDIR}/devbox.vdi"), ("Type", "HardDisk")])
        node("/Devices/e1000/0/", 4, [("PCIBusNo", 0), ("PCIDeviceNo", 3), ("PCIFunctionNo", 0), ("Trusted", 1)])
        node("/Devices/e1000/0/Config/", 5, [("AdapterType", 0), ("CableConnected", 1), ("LineSpeed", 0), ("LinkUpDelay", 5000), ("MAC", bytes.fromhex("080027" + g.hx(6)))])
        node("/Devices/e1000/0/LUN#0/Config/", 6, [("AliasMode", 0), ("BootFile", "devbox.pxe"), ("DNSProxy", 0), ("Network", "10.0.2.0/24"), ("PassDomain", 1)])
        node("/Devices/e1000/0/LUN#0/Config/PortForwarding/0/", 8, [("BindIP", "127.0.0.1"), ("GuestPort", 22), ("HostPort", 2222), ("Name", "ssh"), ("Protocol", "TCP")])
        node("/Devices/hda/0/Config/", 5, [("CodecType", "STAC9221")])
        node("/Devices/pcarch/0/", 4, [("Trusted", 1)])
        node("/Devices/pcbios/0/Config/", 5, [("BootDevice0", "IDE"), ("BootDevice1", "NONE"), ("HardDiskDevice", "piix3ide"), ("McfgBase", 0), ("McfgLength", 0), ("NumCPUs", 4)])
        node("/Devices/vga/0/Config/", 5, [("CustomVideoModes", 0), ("HeightReduction", 0), ("MonitorCount", 1), ("VRamSize", 128 << 20)])
        node("/HM/", 1, [("64bitEnabled", 1), ("EnableLargePages", 1), ("EnableNestedPaging", 1), ("EnableUX", 1), ("EnableVPID", 1), ("Exclusive", 0), ("HMForced", 1)])
        node("/PDM/Drivers/VBoxC/", 3, [("Path", "/usr/lib/virtualbox/components/VBoxC.so")])
        node("/TM/", 1, [("TSCTiedToExecution", 0), ("UTCOffset", 0)])
        v("********************* End of CFGM dump **********************", "cfgm_dump_end")
        v("HM: HMR3Init: VT-x w/ nested paging and unrestricted guest execution hw support", "hm_init")
        v("MM: cbHyperHeap=0x140000 (1310720)", "mm_hyperheap")
        v("CPUM: fXStateHostMask=0x2e7; initial: 0x2e7; host XCR0=0x2e7", "cpum_xstate")
        v("CPUM: Matched host CPU INTEL 0x6/0xba/0x2 Intel_Core7_AlderLake with CPU DB entry 'Intel Core i7-6700K' (INTEL 0x6/0x5e/0x3 Intel_Core7_Skylake)", "cpum_matched")
        v("CPUM: MXCSR_MASK=0xffff (host: 0xffff)", "cpum_mxcsr")
        v("CPUM: Microcode revision 0x00004121", "cpum_microcode")
        v("CPUM: Logical host processors: 12 present, 12 max, 12 online, online mask: 0000000000000fff", "cpum_logical")
        v("CPUM: Physical host cores: 10", "cpum_physical")
        v("************************* CPUID dump ************************", "cpuid_dump_begin")
        for title, base, n in [("Raw Standard CPUID Leaves", 0, 12), ("Raw Extended CPUID Leaves", 0x80000000, 8)]:
            v(f"         {title}", "cpuid_title")
            v("     Leaf/sub-leaf  eax      ebx      ecx      edx", "cpuid_columns")
            for i in range(n):
                regs = " ".join(g.hx(8) for _ in range(4))
                v(f"Gst: {base + i:08x}/{0:04x}  {regs}", "cpuid_guest")
                v(f"Hst:                {' '.join(g.hx(8) for _ in range(4))}", "cpuid_host")
        v("******************** End of CPUID dump **********************", "cpuid_dump_end")
        v("PGM: Host paging mode: AMD64+NX", "pgm_host_paging")
        v("PGM: PGMPool: cMaxPages=3200 (u64MaxPages=3000)", "pgm_pool")
        v(f"TM: GIP - u32Mode=3 (Invariant TSC) u32UpdateHz=93 u32UpdateIntervalNS=10734900 enmUseTscDelta=2 (Practically Zero) fGetGipCpu=0x1b cCpus=12", "tm_gip_mode")
        hz = g.num(2600000000, 2900000000)
        v(f"TM: GIP - u64CpuHz={sp(hz)} (0x{hz:x})  SUPGetCpuHzFromGip => {sp(hz - g.num(0, 900))}", "tm_gip_hz")
        v("VMM: Thread-context hooks supported", "vmm_hooks")
        v("PcBios: [SMP] BIOS with 4 CPUs", "pcbios_smp")
        v("PcBios: Using the 386+ BIOS image.", "pcbios_image")
        for mod in ["VBoxDDR0.r0", "VBoxDD2R0.r0"]:
            v(f"SUP: Loaded {mod} (/usr/lib/virtualbox/{mod}) at 0xffffffffc{g.hx(7)} - ModuleInit at ffffffffc{g.hx(7)} and ModuleTerm at ffffffffc{g.hx(7)} using the native ring-0 loader", "sup_loaded")
        v("E1000#0: Chip=82540EM LinkUpDelay=5000ms EthernetCRC=on GSO=enabled Itr=disabled ItrRx=enabled TID=disabled R0=enabled RC=disabled", "e1000_chip")
        v("NAT: Guest address guess set to 10.0.2.15 by initialization", "nat_guess")
        v("NAT: DNS#0: 127.0.0.53", "nat_dns")
        v("NAT: Set redirect TCP 127.0.0.1:2222 -> 0.0.0.0:22", "nat_redirect")
        v("AIOMgr: Default manager type is 'Async'", "aiomgr_default")
        v(f"AIOMgr: Endpoint for file '{VMDIR}/devbox.vdi' (flags 000c0723) created successfully", "aiomgr_endpoint")
        v("AHCI#0: Port 0 reset", "ahci_port_reset")
        v("Audio: Initializing PulseAudio driver", "audio_init")
        for a, b in [("CREATING", "CREATED"), ("CREATED", "POWERING_ON"), ("POWERING_ON", "RUNNING")]:
            vm_state(a, b)
        v("Console: Machine state changed to 'Running'", "console_state")
        L.tick(3)
        v("PIT: mode=2 count=0x4a9 (1193) - 1000.15 Hz (ch=0)", "pit_mode")
        v("AHCI#0: Reset the HBA", "ahci_reset_hba")
        v("AHCI#0: Port 0 reset", "ahci_port_reset")
        for c in range(4):
            v(f"GIM: KVM: VCPU {c:2d}: Enabled system-time struct. at 0x0000000{g.hx(9)} - u32TscScale=0x{g.hx(8)} i8TscShift=-1 uVersion=2 fFlags=0x1 uTsc=0x{g.hx(10)} uVirtNanoTS=0x{g.hx(10)}", "gim_kvm_systime")
        L.tick(6)
        v("NAT: DHCP offered IP address 10.0.2.15", "nat_dhcp_offered")
        st["gstart"] = L.t - dt.timedelta(seconds=g.num(3, 6))
        v("VMMDev: Guest Log: vboxguest: host-version: 7.0.14r161095 0x8000000f", "guest_vboxguest_host_version")
        v("VMMDev: Guest Additions information report: Version 7.0.14 r161095 '7.0.14'", "ga_info_version")
        v("VMMDev: Guest Additions information report: Interface = 0x00010004 osType = 0x00053100", "ga_info_interface")
        v("VMMDev: Guest Additions capability report: (0x0 -> 0x0) seamless: no, hostWindowMapping: no, graphics: no", "ga_capability")
        v("VMMDev: Guest Additions capability report: (0x0 -> 0x4) seamless: no, hostWindowMapping: no, graphics: yes", "ga_capability")
        gl("main", "VBoxService 7.0.14 r161095 (verbosity: 0) linux.amd64 (Jan 15 2024 15:29:19) release log", "gs_banner")
        gl("main", f"Log opened {L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}000Z", "gs_log_opened")
        gl("main", "OS Product: Linux", "gs_os_product")
        gl("main", "OS Release: 6.8.0-49-generic", "gs_os_release")
        gl("main", "Executable: /opt/VBoxGuestAdditions-7.0.14/sbin/VBoxService", "gs_executable")
        for svc in ["timesync", "vminfo", "cpuhotplug", "memballoon", "vmstats", "automount", "control"]:
            gl("main", f"Starting service '{svc}' ...", "gs_starting_service")
        gl("main", "Started 7 services", "gs_started_services")
        gl("automount", "vbsvcAutoMountWorker: Shared folder 'src' was mounted on '/media/sf_src' (fMountFlags=0x0)", "gs_automount_mounted")
        resize()

    def vm_state(a, b):
        v(f"Changing the VM state from '{a}' to '{b}'", "vm_state_change")

    def resize():
        w, h = g.c([(1920, 1080), (1920, 1200), (2560, 1440), (1280, 800), (1680, 1050)])
        st["w"], st["h"] = w, h
        v(f"GUI: UIMachineViewNormal::resendSizeHint: Restoring guest size-hint for screen 0 to {w}x{h}", "gui_size_hint")
        v(f"VMMDev: SetVideoModeHint: Got a video mode hint ({w}x{h}x32)@(0x0),(1;0) at 0", "vmmdev_video_hint")
        L.tick(0.3)
        v(f"VBVA: InfoScreen: [0] @0,0 {w}x{h}, line 0x{w * 4:x}, BPP 32, flags 0x1", "vbva_infoscreen")
        v(f"GUI: UIFrameBufferPrivate::performResize: Size={w}x{h}, Using fallback buffer since no source bitmap is provided", "gui_perform_resize")
        v(f"GUI: UIFrameBufferPrivate::performResize: Size={w}x{h}, Directly using source bitmap content", "gui_perform_resize_direct")

    def timesync():
        drift = g.num(6, 900) * 10 ** 7
        now = int(L.t.timestamp() * 1e9)
        gl("timesync", f"vgsvcTimeSyncWorker: Radical host time change: {sp(drift)}ns (HostNow={sp(now)} ns HostLast={sp(now - drift)} ns)", "gs_radical_host")
        gl("timesync", f"vgsvcTimeSyncWorker: Radical guest time change: {sp(drift - g.num(1, 9) * 10 ** 6)}ns (GuestNow={sp(now)} ns GuestLast={sp(now - drift)} ns fSetTimeLastLoop=true )", "gs_radical_guest")

    def suspend():
        v("Pausing VM execution, reason 'host suspend'", "pausing_vm")
        vm_state("RUNNING", "SUSPENDING")
        v(f"PDMR3Suspend: {sp(g.num(900000, 9000000))} ns run time", "pdm_suspend")
        vm_state("SUSPENDING", "SUSPENDED")
        v("Console: Machine state changed to 'Paused'", "console_state")
        gap = g.num(600, 30000)
        L.t += dt.timedelta(seconds=gap)
        v("Resuming VM execution, reason 'host resume'", "resuming_vm")
        vm_state("SUSPENDED", "RESUMING")
        vm_state("RESUMING", "RUNNING")
        v("Console: Machine state changed to 'Running'", "console_state")
        v(f"TM: Giving up catch-up attempt at a {sp(gap * 10 ** 9 + g.num(1, 10 ** 8))} ns lag; new total: {sp(gap * 10 ** 9 + g.num(10 ** 8, 10 ** 9))} ns", "tm_catchup")
        L.tick(2)
        if g.r.random() < 0.5:
            v("NAT: Link up", "nat_link_up")
        timesync()

    def heartbeat():
        v(f"VMMDev: HeartBeatCheckTimer: Guest seems to be unresponsive. Last heartbeat received {g.num(4, 40)} seconds ago", "heartbeat_unresponsive")
        L.tick(5)
        v("VMMDev: GuestHeartBeat: Guest is alive (gone 0 ns)", "heartbeat_alive")

    def iem():
        if g.r.random() < 0.6:
            v(f"IEM: rdmsr(0x{g.c(['140', '64e', '1a4', '34', '3a'])}) -> #GP(0)", "iem_rdmsr_gp")
        else:
            v(f"IEM: wrmsr(0x{g.c(['1b', '48', '122'])},0x{g.hx(8)}`{g.hx(8)}) -> #GP(0)", "iem_wrmsr_gp")

    def clipboard():
        if g.r.random() < 0.5:
            v(f"Shared Clipboard: Reporting formats 0x{g.c(['1', '3', '5'])} ({g.c(['UNICODETEXT', 'UNICODETEXT, BITMAP', 'UNICODETEXT, HTML'])}) to the guest", "clip_report_guest")
        else:
            v(f"Shared Clipboard: Converting VBox formats 'UNICODETEXT' to '{g.c(['UTF8_STRING', 'text/plain;charset=utf-8', 'TEXT'])}' for X11", "clip_convert")

    def vminfo():
        u = g.c(["anna", "root", "gdm"])
        gl("vminfo", f"vgsvcVMInfoWriteUsers: User \"{u}\" (session {g.num(1, 9)}) is {g.c(['active', 'idle'])}", "gs_vminfo_user")

    def control():
        pid = g.num(2000, 30000)
        prog = g.c(['df', 'uptime', 'systemctl', 'ls'])
        gl("control", f"vgsvcGstCtrlProcessStart: Executing \"/usr/bin/{prog}\" (PID {pid}) for user \"anna\"", "gs_control_exec")
        L.tick(0.5)
        gl("control", f"vgsvcGstCtrlProcessProcLoop: Process \"/usr/bin/{prog}\" (PID {pid}) terminated with exit code {g.c([0, 0, 0, 1])}", "gs_control_exit")

    def usb():
        dev = g.c(["SanDisk Ultra", "YubiKey OTP+FIDO+CCID", "Logitech USB Receiver", "STM32 STLink"])
        if g.r.random() < 0.5:
            v(f"VUSB: Attached '{dev}' to port {g.num(1, 8)} on RootHub#0 (FullSpeed)", "vusb_attached")
        else:
            v(f"VUSB: Detached '{dev}' from port {g.num(1, 8)} on RootHub#0", "vusb_detached")

    def audio():
        s = g.num(0, 1)
        if g.r.random() < 0.5:
            v(f"HDA: Stream #{s} resized from {g.c(['4096', '8192'])} to {g.c(['16384', '32768'])} bytes", "hda_stream_resized")
        else:
            v(f"AudioMixer: Set new volume of stream '[Output] Front' to {g.num(0, 255)}/{g.num(0, 255)}", "audiomixer_volume")

    def nat_warn():
        if g.r.random() < 0.5:
            v(f"NAT: Error(111) while connecting to 10.0.2.{g.num(2, 3)}:{g.c([53, 443, 80])}", "nat_connect_error")
        else:
            v(f"NAT: TCP socket send buffer overflow, dropping {g.num(1, 60)} packets", "nat_overflow")

    poweron()
    ev = [(10, timesync), (1.5, suspend), (2, heartbeat), (8, iem), (14, clipboard), (9, vminfo), (7, control), (3, usb), (6, audio), (3, resize), (2, nat_warn)]
    return L.run(slowed(L, ev, 120), None)


# 2 ---------------------------------------------------------------- MinIO RELEASE.2024-11-07 distributed (4 nodes x 2 drives), `journalctl -u minio -o cat` on minio1:
#   the console logger writes no header but a block per error ("API:", "Time: 15:04:05 UTC 01/02/2006", "DeploymentID:", ..., "Error:",
#   numbered Go frames) after a blank line; the startup banner and healing notices are plain lines; minio3 goes down and comes back
@checked
def log_minio(seed):
    L = Log("minio_console", seed, "full", False, False)
    g = L.g
    DEP = g.uuid()
    ME = "http://minio1:9000"
    PEERS = {"minio2": "10.0.1.12", "minio3": "10.0.1.13", "minio4": "10.0.1.14"}
    st = {"down": set()}
    buckets = ["backups", "media", "logs", "ml-datasets", "gitlab-artifacts"]
    clients = [("10.0.2.15", "MinIO (linux; amd64) minio-go/v7.0.80 mc/RELEASE.2024-11-05T11-29-45Z"), ("10.0.2.31", "restic/0.17.3 (linux/amd64; go1.23.2)"),
               ("10.0.3.7", "aws-sdk-go-v2/1.32.4 os/linux lang/go#1.23.3 md/GOOS#linux md/GOARCH#amd64 api/s3#1.67.0"), ("10.0.3.9", "Boto3/1.35.57 md/Botocore#1.35.57 ua/2.0 os/linux#6.1.0 lang/python#3.11.2")]

    def ln(text, ev):
        L.emit(text, ev)

    def frames(fr):
        for i, f in enumerate(fr):
            ln(f"{len(fr) - i:8d}: {f}", "go_frame")

    def block(api, err_text, err_ev, fr, req=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        ln("", "blank")
        ln(f"API: {api}", "api_line")
        ln(f"Time: {L.t:%H:%M:%S} UTC {L.t:%m/%d/%Y}", "time_line")
        ln(f"DeploymentID: {DEP}", "deployment_id")
        if req:
            ip, ua = req
            ln(f"RequestID: {g.HX(16)}", "request_id")
            ln(f"RemoteHost: {ip}", "remote_host")
            ln("Host: s3.internal.example.com", "host_line")
            ln(f"UserAgent: {ua}", "user_agent")
        ln(f"Error: {err_text}", err_ev)
        frames(fr)

    LOGONCE = ["internal/logger/logonce.go:118:logger.(*logOnceType).logOnceIf()", "internal/logger/logonce.go:149:logger.LogOnceIf()"]

    def banner(first=False):
        if not first:
            ln("Exiting on signal: TERMINATED", "exiting_on_signal")
            L.tick(20)
        ln(f"Automatically configured API requests per node based on available memory on the system: {g.num(300, 600)}", "auto_api_requests")
        L.tick(3)
        ln(f"All MinIO sub-systems initialized successfully in {g.f(9, 90, 6)}ms", "subsystems_initialized")
        for text, ev in [("MinIO Object Storage Server", "banner_title"), ("Copyright: 2015-2026 MinIO, Inc.", "banner_copyright"),
                         ("License: GNU AGPLv3 - https://www.gnu.org/licenses/agpl-3.0.html", "banner_license"),
                         ("Version: RELEASE.2024-11-07T00-52-20Z (go1.23.3 linux/amd64)", "banner_version"), ("", "blank"),
                         ("API: http://10.0.1.11:9000  http://127.0.0.1:9000 ", "banner_api"),
                         ("WebUI: http://10.0.1.11:9001 http://127.0.0.1:9001  ", "banner_webui"), ("", "blank"),
                         ("Docs: https://min.io/docs/minio/linux/index.html", "banner_docs")]:
            ln(text, ev)
        up = 8 - 2 * len(st["down"])
        ln(f"Status:         {up} Online, {8 - up} Offline. ", "banner_status")
        if g.r.random() < 0.6:
            texts = [f"You are running an older version of MinIO released {g.num(2, 6)} months before the latest", "release", "Update: Run `mc admin update ALIAS`"]
            w = max(len(t) for t in texts) + 2
            bar = "─" * w
            ln(f"┌{bar}┐", "box_top")
            for text in texts:
                ln(f"│ {text:<{w - 2}} │", "box_line")
            ln(f"└{bar}┘", "box_bottom")

    def grid_reconnect():
        if not st["down"]:
            return put_ok_noise()
        p = g.c(sorted(st["down"]))
        n = g.num(1, 40)
        block("SYSTEM.grid", f"grid: {ME} re-connecting to http://{p}:9000: dial tcp {PEERS[p]}:9000: connect: connection refused (*net.OpError) Sleeping {g.f(0.5, 10, 3)}s ({n}) (*fmt.wrapError)",
              "err_grid_reconnect", LOGONCE + ["internal/grid/connection.go:59:grid.gridLogOnceIf()", "internal/grid/connection.go:672:grid.(*Connection).connect.func1()",
                                               "internal/grid/connection.go:678:grid.(*Connection).connect()", "internal/grid/connection.go:1033:grid.(*Connection).handleMessages.func1()"])

    def offline():
        if not st["down"]:
            return put_ok_noise()
        p = g.c(sorted(st["down"]))
        d = g.c(["data1", "data2"])
        block("SYSTEM.storage", f"Marking http://{p}:9000/{d} offline temporarily; caused by Post \"http://{p}:9000/minio/storage/{d}/v61/{g.c(['readall', 'statvol', 'diskinfo', 'readversion'])}?did={g.uuid()}&vol=.minio.sys\": dial tcp {PEERS[p]}:9000: connect: connection refused (*fmt.wrapError)",
              "err_marking_offline", LOGONCE + ["cmd/storage-rest-client.go:193:cmd.(*storageRESTClient).call()", "cmd/storage-rest-client.go:345:cmd.(*storageRESTClient).DiskInfo()",
                                                 "cmd/xl-storage-disk-id-check.go:293:cmd.(*xlStorageDiskIDCheck).DiskInfo()"])

    def quorum():
        if len(st["down"]) == 0 or g.r.random() < 0.6:
            return grid_reconnect()
        b = g.c(buckets)
        obj = f"{g.c(['pg/base', 'daily/restic', 'upload/tmp', 'runs'])}/{L.t:%Y-%m-%d}-{g.hx(6)}.{g.c(['tar.zst', 'bin', 'parquet'])}"
        block(f"PutObject(bucket={b}, object={obj})", f"Storage resources are insufficient for the write operation {b}/{obj} (cmd.InsufficientWriteQuorum)", "err_write_quorum",
              ["internal/logger/logger.go:268:logger.LogIf()", "cmd/erasure-object.go:1391:cmd.erasureObjects.putObject()", "cmd/erasure-server-pool.go:1133:cmd.(*erasureServerPools).PutObject()",
               "cmd/object-handlers.go:2138:cmd.objectAPIHandlers.PutObjectHandler()", "net/http/server.go:2220:http.HandlerFunc.ServeHTTP()"], req=g.c(clients))

    def ctx_canceled():
        b = g.c(buckets)
        block(f"ListObjectsV2(bucket={b})", "context canceled (*errors.errorString)", "err_context_canceled",
              ["internal/logger/logger.go:268:logger.LogIf()", "cmd/api-errors.go:2404:cmd.toAPIErrorCode()", "cmd/bucket-listobjects-handlers.go:288:cmd.objectAPIHandlers.ListObjectsV2Handler()",
               "net/http/server.go:2220:http.HandlerFunc.ServeHTTP()"], req=g.c(clients))

    def read_quorum():
        if not st["down"]:
            return ctx_canceled()
        b = g.c(buckets)
        obj = f"{g.c(['photos', 'videos', 'thumbs'])}/{g.hx(2)}/{g.hx(24)}.{g.c(['jpg', 'mp4', 'webp'])}"
        block(f"GetObject(bucket={b}, object={obj})", "Read failed. Insufficient number of drives online (*errors.errorString)", "err_read_quorum",
              ["internal/logger/logger.go:268:logger.LogIf()", "cmd/erasure-object.go:412:cmd.erasureObjects.getObjectWithFileInfo()",
               "cmd/object-handlers.go:612:cmd.objectAPIHandlers.getObjectHandler()", "net/http/server.go:2220:http.HandlerFunc.ServeHTTP()"], req=g.c(clients))

    def scanner():
        block("SYSTEM.scanner", f"{g.c(buckets)}/{g.hx(24)}: {g.c(['file not found', 'file version not found'])} ({g.c(['*errors.errorString', 'cmd.StorageErr'])})", "err_scanner",
              LOGONCE + ["cmd/data-scanner.go:1081:cmd.(*scannerItem).applyActions()", "cmd/data-scanner.go:512:cmd.(*folderScanner).scanFolder.func1()"])

    def unable_drive():
        if not st["down"]:
            return scanner()
        p = g.c(sorted(st["down"]))
        block("SYSTEM.internal", f"Unable to use the drive http://{p}:9000/{g.c(['data1', 'data2'])}: drive not found, will be retried (*fmt.wrapError)", "err_unable_drive",
              LOGONCE + ["cmd/erasure-sets.go:230:cmd.(*erasureSets).connectDisks.func2()"])

    def put_ok_noise():
        if g.r.random() < 0.5:
            return ctx_canceled()
        block("SYSTEM.ilm", f"Transition object {g.c(buckets)}/{g.hx(16)} to tier WARM failed: {g.c(['context deadline exceeded', 'unexpected EOF'])} (*fmt.wrapError)", "err_transition",
              LOGONCE + ["cmd/bucket-lifecycle.go:402:cmd.(*transitionState).worker()"])

    def node_down():
        cand = [p for p in PEERS if p not in st["down"]]
        if st["down"] or not cand:
            return node_up()
        st["down"].add(g.c(cand))
        for _ in range(g.num(2, 5)):
            offline() if g.r.random() < 0.5 else grid_reconnect()
            L.tick(2)

    def node_up():
        if not st["down"]:
            return node_down()
        p = st["down"].pop()
        for d in ["data1", "data2"]:
            if g.r.random() < 0.5:
                L.tick(30)
                ln(f"Healing drive '{d}' on '{p}' - 'mc admin heal alias/ --verbose' to check the current status.", "healing_drive")
                L.tick(900)
                ln(f"Healing of drive 'http://{p}:9000/{d}' is finished (healed: {g.num(10, 90000)}, skipped: {g.num(0, 500)}, failed: {g.c([0, 0, 0, g.num(1, 9)])}).", "healing_finished")

    banner(first=True)
    ev = [(30, grid_reconnect), (10, offline), (8, quorum), (10, ctx_canceled), (6, read_quorum), (5, scanner), (5, unable_drive), (4, put_ok_noise),
          (2, node_down), (1.5, node_up), (0.3, banner)]
    return L.run(slowed(L, ev, 40), None)


# 3 ---------------------------------------------------------------- FRRouting 9.1 on an edge router (two transits, two iBGP peers, OSPF inside, BFD), /var/log/frr/frr.log
#   ("log file /var/log/frr/frr.log debugging", "log timestamp precision 3", "debug bgp neighbor-events", "debug bgp keepalives"):
#   "YYYY/MM/DD HH:MM:SS.mmm DAEMON: [XXXXX-XXXXX] message", the bracket holding the call site's unique message id; no level
@checked
def log_frr(seed):
    L = Log("frr_log", seed, "full", False, True)
    g = L.g
    ALPH = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    ids = {}

    def uid(ev):
        if ev not in ids:
            ids[ev] = "".join(g.c(ALPH) for _ in range(5)) + "-" + "".join(g.c(ALPH) for _ in range(5))
        return ids[ev]

    peers = [{"ip": "203.0.113.1", "name": "Unknown", "as": 64500, "st": "Established", "fd": 24, "id": "203.0.113.1", "if": "eth0"},
             {"ip": "198.51.100.9", "name": "Unknown", "as": 64510, "st": "Established", "fd": 25, "id": "198.51.100.9", "if": "eth1"},
             {"ip": "10.255.0.2", "name": "edge2", "as": 65010, "st": "Established", "fd": 26, "id": "10.255.0.2", "if": "lo"},
             {"ip": "10.255.0.3", "name": "core1", "as": 65010, "st": "Established", "fd": 27, "id": "10.255.0.3", "if": "lo"}]
    ospf_nbrs = [("10.255.0.2", "eth2:10.0.12.1"), ("10.255.0.3", "eth3:10.0.13.1")]
    st = {"fd": 28, "client": 30}

    def f(daemon, msg, ev, ec=None):
        L.t += dt.timedelta(microseconds=g.num(50, 4000))
        tag = f"[{uid(ev)}]" + (f"[EC {ec}]" if ec else "")
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)} {daemon}: {tag} {msg}", ev, None, daemon)

    def pb(p):
        return f"{p['ip']}({p['name']})"

    def keepalives():
        for p in peers:
            if p["st"] != "Established":
                continue
            L.tick(0.3)
            if g.r.random() < 0.5:
                f("BGP", f"{p['ip']} [FSM] Timer (keepalive timer expire)", "fsm_keepalive_timer")
                f("BGP", f"{p['ip']} sending KEEPALIVE", "sending_keepalive")
            else:
                f("BGP", f"{p['ip']} KEEPALIVE rcvd", "keepalive_rcvd")

    def fsm(p, event, a, b):
        f("BGP", f"{p['ip']} [FSM] {event} ({a}->{b}), fd {p['fd']}", "fsm_event")
        f("BGP", f"{p['ip']} fd {p['fd']} went from {a} to {b}", "went_from_to")
        p["st"] = b

    def session_down():
        up = [p for p in peers if p["st"] == "Established"]
        if not up:
            return session_up()
        p = g.c(up)
        kind = g.c(["hold", "hold", "notif_rcvd", "reset", "bfd"])
        if kind == "hold":
            f("BGP", f"{p['ip']} [FSM] Timer (holdtime timer expire)", "fsm_holdtime_timer")
            f("BGP", f"%NOTIFICATION: sent to neighbor {pb(p)} 4/0 (Hold Timer Expired) 0 bytes ", "notification_sent")
            fsm(p, "Hold_Timer_expired", "Established", "Clearing")
            f("BGP", f"%ADJCHANGE: neighbor {pb(p)} in vrf default Down BGP Notification send", "adjchange_down")
        elif kind == "notif_rcvd":
            sub = g.c([("6/2", "Cease/Administrative Shutdown"), ("6/4", "Cease/Administrative Reset"), ("6/7", "Cease/Connection collision resolution")])
            f("BGP", f"%NOTIFICATION: received from neighbor {pb(p)} {sub[0]} ({sub[1]}) 0 bytes ", "notification_received")
            fsm(p, "Receive_NOTIFICATION_message", "Established", "Idle")
            f("BGP", f"%ADJCHANGE: neighbor {pb(p)} in vrf default Down BGP Notification received", "adjchange_down")
        elif kind == "reset":
            f("BGP", f"{p['ip']} [Error] bgp_read_packet error: Connection reset by peer", "read_packet_error", ec=33554454)
            fsm(p, "TCP_fatal_error", "Established", "Clearing")
            f("BGP", f"%ADJCHANGE: neighbor {pb(p)} in vrf default Down Peer closed the session", "adjchange_down")
        else:
            loc = "10.0.0.2" if p["if"] == "eth0" else "10.0.1.2"
            f("BFDD", f"state-change: [mhop:no peer:{p['ip']} local:{loc} vrf:default ifname:{p['if']}] up -> down reason:control-expired", "bfd_state_change")
            f("BGP", f"{pb(p)} BFD state change: Up -> Down", "bgp_bfd_state")
            fsm(p, "BGP_Stop", "Established", "Clearing")
            f("BGP", f"%ADJCHANGE: neighbor {pb(p)} in vrf default Down BFD down received", "adjchange_down")
        f("BGP", f"{p['ip']} [Event] BGP connection closed fd {p['fd']}", "connection_closed")
        if p["st"] == "Clearing":
            fsm(p, "Clearing_Completed", "Clearing", "Idle")
        if g.r.random() < 0.6:
            L.tick(5)
            f("BGP", f"{p['ip']} [FSM] Timer (start timer expire).", "fsm_start_timer")
            fsm(p, "BGP_Start", "Idle", "Connect")
            st["fd"] += 1
            p["fd"] = st["fd"]
            f("BGP", f"{p['ip']} [Event] Connect start to {p['ip']} fd {p['fd']}", "connect_start")
            if g.r.random() < 0.5:
                L.tick(3)
                f("BGP", f"{p['ip']} [Event] Connect failed 111(Connection refused)", "connect_failed")
                fsm(p, "TCP_connection_open_failed", "Connect", "Active")

    def session_up():
        down = [p for p in peers if p["st"] != "Established"]
        if not down:
            return session_down()
        p = g.c(down)
        st["fd"] += 1
        p["fd"] = st["fd"]
        if p["st"] == "Idle":
            fsm(p, "BGP_Start", "Idle", "Connect")
            f("BGP", f"{p['ip']} [Event] Connect start to {p['ip']} fd {p['fd']}", "connect_start")
        a = p["st"]
        fsm(p, "TCP_connection_open", a, "OpenSent")
        f("BGP", f"{p['ip']} sending OPEN, version 4, my as 65010, holdtime 180, id 10.255.0.1", "sending_open")
        L.tick(0.2)
        f("BGP", f"{p['ip']} rcv OPEN, version 4, remote-as (in open) {p['as']}, holdtime {g.c([90, 180])}, id {p['id']}", "rcv_open")
        fsm(p, "Receive_OPEN_message", "OpenSent", "OpenConfirm")
        f("BGP", f"{p['ip']} sending KEEPALIVE", "sending_keepalive")
        f("BGP", f"{p['ip']} KEEPALIVE rcvd", "keepalive_rcvd")
        fsm(p, "Receive_KEEPALIVE_message", "OpenConfirm", "Established")
        f("BGP", f"%ADJCHANGE: neighbor {pb(p)} in vrf default Up", "adjchange_up")
        L.tick(4)
        f("BGP", f"{p['ip']} rcvd End-of-RIB for IPv4 Unicast from {p['ip']} in vrf default", "rcvd_eor")
        if p["as"] != 65010 and g.r.random() < 0.3:
            f("BGP", f"%MAXPFX: No. of IPv4 Unicast prefix received from {pb(p)} reaches {g.num(950000, 990000)}, max 1000000", "maxpfx_warning")

    def ospf_flap():
        nb, ifc = g.c(ospf_nbrs)
        f("OSPF", f"AdjChg: Nbr {nb}(default) on {ifc}: Full -> Deleted (InactivityTimer)", "ospf_adjchg")
        L.tick(g.num(5, 90))
        for a, b, why in [("Init", "ExStart", "2-WayReceived"), ("ExStart", "Exchange", "NegotiationDone"), ("Exchange", "Loading", "ExchangeDone"), ("Loading", "Full", "LoadingDone")]:
            if a == "Init":
                f("OSPF", f"AdjChg: Nbr {nb}(default) on {ifc}: Deleted -> Init (HelloReceived)", "ospf_adjchg")
            L.tick(0.2)
            f("OSPF", f"AdjChg: Nbr {nb}(default) on {ifc}: {a} -> {b} ({why})", "ospf_adjchg")

    def ospf_mtu():
        nb, ifc = g.c(ospf_nbrs)
        f("OSPF", f"Packet[DD]: Neighbor {nb} MTU {g.c([9000, 1546])} is larger than [{ifc}]'s MTU 1500", "ospf_mtu_mismatch")

    def zebra_client():
        proto = g.c(["bgp", "ospf", "static", "sharp"])
        st["client"] += 1
        if g.r.random() < 0.5:
            f("ZEBRA", f"client {st['client']} says hello and bids fair to announce only {proto} routes vrf=0", "zebra_client_hello")
        else:
            f("ZEBRA", f"client {st['client'] - 1} disconnected {g.num(0, 900)} {proto} routes removed from the rib", "zebra_client_disconnected")

    def bgpd_restart():
        f("WATCHFRR", "bgpd state -> down : read returned EOF", "watchfrr_down")
        f("WATCHFRR", f"Forked background command [pid {g.num(2000, 60000)}]: /usr/lib/frr/watchfrr.sh restart bgpd", "watchfrr_forked")
        L.tick(2)
        f("BGP", "bgpd 9.1 starting: vty@2605, bgp@<all>:179", "bgpd_starting")
        f("ZEBRA", f"client {st['client'] + 1} says hello and bids fair to announce only bgp routes vrf=0", "zebra_client_hello")
        st["client"] += 1
        f("WATCHFRR", "bgpd state -> up : connect succeeded", "watchfrr_up")
        f("WATCHFRR", "all daemons up, doing startup-complete notify", "watchfrr_all_up")
        for p in peers:
            p["st"] = "Idle"

    ev = [(60, keepalives), (3, session_down), (3.2, session_up), (1.5, ospf_flap), (0.6, ospf_mtu), (2, zebra_client), (0.25, bgpd_restart)]
    return L.run(slowed(L, ev, 30), None)


# 4 ---------------------------------------------------------------- 389 Directory Server 2.4 (FreeIPA 4.11 on RHEL 9, New York) /var/log/dirsrv/slapd-EXAMPLE-COM/access:
#   "[01/Dec/2026:05:00:00.123456789 -0500] conn=N op=M VERB key=value ...": SSSD clients binding with GSSAPI, the IPA web UI, the replica,
#   LDAPI autobinds, an application failing simple binds; no level, no component
@checked
def log_389ds(seed):
    L = Log("dirsrv_access", seed, "full", False, False)
    g = L.g
    tz = dt.timezone(dt.timedelta(hours=-5))
    BASE = "dc=example,dc=com"
    hosts = [(f"{h}.example.com", f"10.0.{g.num(1, 3)}.{g.num(10, 250)}") for h in
             ["web1", "web2", "web3", "db1", "db2", "build1", "build2", "jump1", "mail1", "nfs1", "k8s-n1", "k8s-n2", "k8s-n3", "wks-anna", "wks-raj"]]
    users = ["alice", "bob", "carol", "raj", "mei", "jdoe", "svc_backup", "svc_jenkins", "anna", "tkowalski", "lfernandez"]
    ME = "10.0.0.10"
    st = {"conn": g.num(20000, 30000), "slot": 64, "open": {}}
    USERATTRS = ("objectClass uid userPassword uidNumber gidNumber gecos homeDirectory loginShell krbPrincipalName cn memberOf ipaUniqueID ipaNTSecurityIdentifier "
                 "modifyTimestamp entryusn shadowLastChange shadowMin shadowMax shadowWarning shadowInactive shadowExpire shadowFlag krbLastPwdChange "
                 "krbPasswordExpiration pwdattribute authorizedService accountexpires useraccountcontrol nsAccountLock host rhost loginDisabled "
                 "loginExpirationTime loginAllowedTimeMap ipaSshPubKey ipaUserAuthType usercertificate;binary mail")

    def a(msg, ev):
        L.t += dt.timedelta(microseconds=g.num(20, 3000))
        lt = L.t.astimezone(tz)
        L.emit(f"[{lt:%d/%b/%Y:%H:%M:%S}.{lt.microsecond:06d}{g.num(0, 999):03d} {lt:%z}] {msg}", ev)

    def times():
        w = g.r.uniform(0.00004, 0.0004)
        o = g.r.expovariate(1 / 0.0008)
        return f"wtime={w:.9f} optime={o:.9f} etime={w + o:.9f}"

    def newconn(ip, local=False, ssl=False):
        st["conn"] += 1
        c = {"id": st["conn"], "op": 0, "fd": g.num(64, 300), "ip": ip}
        st["slot"] = c["fd"]
        if local:
            a(f"conn={c['id']} fd={c['fd']} slot={c['fd']} connection from local to /var/run/slapd-EXAMPLE-COM.socket", "conn_local")
        elif ssl:
            a(f"conn={c['id']} fd={c['fd']} slot={c['fd']} SSL connection from {ip} to {ME}", "conn_ssl")
            a(f"conn={c['id']} TLS1.3 128-bit AES-GCM", "conn_tls")
        else:
            a(f"conn={c['id']} fd={c['fd']} slot={c['fd']} connection from {ip} to {ME}", "conn_from")
        return c

    def op(c, msg, ev):
        a(f"conn={c['id']} op={c['op']} {msg}", ev)

    def res(c, err, tag, n=0, extra="", ev="result"):
        a(f"conn={c['id']} op={c['op']} RESULT err={err} tag={tag} nentries={n} {times()}{extra}", ev)
        c["op"] += 1

    def close(c, why=None):
        if why is None:
            op(c, "UNBIND", "unbind")
            why = ("Cleanly Closed Connection", "U1")
        a(f"conn={c['id']} op={c['op'] if why[1] == 'U1' else -1} fd={c['fd']} Disconnect - {why[0]} - {why[1]}", "disconnect")

    def gssapi(c, principal_dn):
        op(c, "BIND dn=\"\" method=sasl version=3 mech=GSSAPI", "bind_sasl")
        a(f"conn={c['id']} op={c['op']} RESULT err=14 tag=97 nentries=0 {times()}, SASL bind in progress", "result_sasl_progress")
        c["op"] += 1
        op(c, "BIND dn=\"\" method=sasl version=3 mech=GSSAPI", "bind_sasl")
        a(f"conn={c['id']} op={c['op']} RESULT err=0 tag=97 nentries=0 {times()} dn=\"{principal_dn}\"", "result_bind_dn")
        c["op"] += 1

    def srch(c, base, scope, flt, attrs, n, paged=False, unindexed=False, persistent=False):
        op(c, f"SRCH base=\"{base}\" scope={scope} filter=\"{flt}\" attrs={attrs}{' options=persistent' if persistent else ''}", "srch")
        if persistent:
            c["op"] += 1
            return
        if unindexed:
            a(f"conn={c['id']} op={c['op']} RESULT err=0 tag=101 nentries={n} {times()} notes=U details=\"Partially Unindexed Filter\"", "result_notes_unindexed")
            c["op"] += 1
        elif paged:
            a(f"conn={c['id']} op={c['op']} RESULT err=0 tag=101 nentries={n} {times()} notes=P details=\"Paged Search\" pr_idx=0 pr_cookie=-1", "result_notes_paged")
            c["op"] += 1
        else:
            res(c, 0 if n or g.r.random() < 0.7 else 32, 101, n)

    def sssd():
        h, ip = g.c(hosts)
        c = newconn(ip)
        op(c, "EXT oid=\"1.3.6.1.4.1.1466.20037\" name=\"start_tls_plugin\"", "ext")
        res(c, 0, 120)
        a(f"conn={c['id']} TLS1.3 128-bit AES-GCM", "conn_tls")
        gssapi(c, f"fqdn={h},cn=computers,cn=accounts,{BASE}")
        for _ in range(g.num(1, 6)):
            kind = g.r.random()
            if kind < 0.45:
                u = g.c(users)
                srch(c, f"cn=accounts,{BASE}", 2, f"(&(uid={u})(objectclass=posixAccount)(uid=*)(&(uidNumber=*)(!(uidNumber=0))))", f"\"{USERATTRS}\"", g.c([1, 1, 1, 0]))
            elif kind < 0.65:
                gid = g.num(1800000000, 1800009999)
                srch(c, f"cn=accounts,{BASE}", 2, f"(&(gidNumber={gid})(|(objectClass=ipaUserGroup)(objectClass=posixGroup)(objectClass=ipaExternalGroup))(cn=*)(&(gidNumber=*)(!(gidNumber=0))))",
                     "\"objectClass posixGroup cn userPassword gidNumber member ipaExternalMember ipaUniqueID ipaNTSecurityIdentifier modifyTimestamp entryusn\"", g.c([1, 1, 0]))
            elif kind < 0.8:
                srch(c, f"cn=hbac,{BASE}", 1, f"(&(objectClass=ipaHBACRule)(ipaEnabledFlag=TRUE)(accessRuleType=allow)(|(hostCategory=all)(memberHost=fqdn={h},cn=computers,cn=accounts,{BASE})))",
                     "\"objectClass cn ipaUniqueID ipaEnabledFlag accessRuleType memberHost hostCategory memberUser userCategory memberService serviceCategory sourceHost sourceHostCategory externalHost\"", g.num(1, 6))
            elif kind < 0.9:
                srch(c, f"ou=sudoers,{BASE}", 2, f"(&(objectClass=sudoRole)(|(!(sudoHost=*))(sudoHost=ALL)(sudoHost={h})(sudoHost={ip})(sudoHost=+*)(|(sudoHost=*\\5C*)(sudoHost=*?*)(sudoHost=*\\2A*)(sudoHost=*[*]*))))",
                     "\"objectClass cn sudoCommand sudoHost sudoUser sudoOption sudoRunAs sudoRunAsUser sudoRunAsGroup sudoNotBefore sudoNotAfter sudoOrder entryUSN\"", g.num(0, 12), unindexed=g.r.random() < 0.3)
            else:
                srch(c, f"cn=computers,cn=accounts,{BASE}", 2, f"(&(objectClass=ipaHost)(fqdn={h}))", "\"objectClass fqdn ipaSshPubKey memberOf serverHostname\"", 1)
            L.tick(0.2)
        if g.r.random() < 0.8:
            close(c)
        else:
            close(c, g.c([("Idle Timeout (nsslapd-idletimeout)", "T1"), ("Bad Ber Tag or uncleanly closed connection", "B1")]))

    def webui():
        u = g.c(users[:6])
        c = newconn("10.0.0.10", local=True)
        gssapi(c, f"uid={u},cn=users,cn=accounts,{BASE}")
        for _ in range(g.num(1, 4)):
            r = g.r.random()
            if r < 0.6:
                srch(c, f"cn=users,cn=accounts,{BASE}", 1, f"(&(objectClass=posixaccount)(|(uid=*{g.c(['a', 'ra', 'j', ''])}*)(givenname=*)(sn=*)))", "\"uid givenname sn telephonenumber title nsaccountlock\"", g.num(3, 40), paged=True)
            elif r < 0.8:
                t = g.c(users)
                op(c, f"MOD dn=\"uid={t},cn=users,cn=accounts,{BASE}\"", "mod")
                res(c, 0, 103)
            elif r < 0.9:
                h = f"ws-{g.alnum(5)}.example.com"
                op(c, f"ADD dn=\"fqdn={h},cn=computers,cn=accounts,{BASE}\"", "add")
                res(c, g.c([0, 0, 68]), 105)
            else:
                op(c, f"DEL dn=\"cn={g.c(['ops', 'qa', 'interns'])}-{g.num(1, 9)},cn=groups,cn=accounts,{BASE}\"", "del")
                res(c, g.c([0, 32]), 107)
        close(c)

    def replica():
        c = newconn("10.0.0.11")
        gssapi(c, f"krbprincipalname=ldap/ipa2.example.com@EXAMPLE.COM,cn=services,cn=accounts,{BASE}")
        op(c, "EXT oid=\"2.16.840.1.113730.3.5.12\" name=\"replication-multisupplier-extop\"", "ext")
        res(c, 0, 120)
        for _ in range(g.num(1, 4)):
            u = g.c(users)
            op(c, f"MOD dn=\"uid={u},cn=users,cn=accounts,{BASE}\"", "mod")
            csn = f"{int(L.t.timestamp()):08x}000{g.num(0, 9)}0004{g.num(0, 9):04d}"
            a(f"conn={c['id']} op={c['op']} RESULT err=0 tag=103 nentries=0 {times()} csn={csn}", "result_csn")
            c["op"] += 1
        op(c, "EXT oid=\"2.16.840.1.113730.3.5.5\" name=\"replication-multisupplier-extop\"", "ext")
        res(c, 0, 120)
        close(c)

    def autobind():
        c = newconn("local", local=True)
        who = g.c(["cn=Directory Manager", f"krbprincipalname=certmonger/ipa1.example.com@EXAMPLE.COM,cn=services,cn=accounts,{BASE}", "uid=named,cn=sysaccounts,cn=etc," + BASE])
        a(f"conn={c['id']} AUTOBIND dn=\"{who}\"", "autobind")
        op(c, "BIND dn=\"\" method=sasl version=3 mech=EXTERNAL", "bind_sasl")
        a(f"conn={c['id']} op={c['op']} RESULT err=0 tag=97 nentries=0 {times()} dn=\"{who}\"", "result_bind_dn")
        c["op"] += 1
        if "named" in who:
            srch(c, f"cn=dns,{BASE}", 2, "(|(objectClass=idnsConfigObject)(objectClass=idnsZone)(objectClass=idnsForwardZone)(objectClass=idnsRecord))", "ALL", 0, persistent=True)
            return
        srch(c, "cn=config", 0, "(objectClass=*)", "\"nsslapd-accesslog-level nsslapd-errorlog-level\"", 1)
        close(c)

    def app_bind():
        ip = g.c(["10.0.5.20", "10.0.5.21"])
        c = newconn(ip, ssl=True)
        u = g.c(["svc_jenkins", "svc_backup", "svc_wiki"])
        op(c, f"BIND dn=\"uid={u},cn=users,cn=accounts,{BASE}\" method=128 version=3", "bind_simple")
        if g.r.random() < 0.5:
            res(c, 49, 97)
        else:
            a(f"conn={c['id']} op={c['op']} RESULT err=0 tag=97 nentries=0 {times()} dn=\"uid={u},cn=users,cn=accounts,{BASE}\"", "result_bind_dn")
            c["op"] += 1
            srch(c, f"cn=users,cn=accounts,{BASE}", 2, f"(&(objectClass=person)(mail={g.email()}))", "\"uid cn mail memberOf\"", g.c([0, 1]))
        close(c)

    def whoami():
        c = newconn(g.c(hosts)[1])
        gssapi(c, f"uid={g.c(users)},cn=users,cn=accounts,{BASE}")
        op(c, "EXT oid=\"1.3.6.1.4.1.4203.1.11.3\" name=\"whoami-plugin\"", "ext")
        res(c, 0, 120)
        if g.r.random() < 0.3:
            op(c, f"ABANDON targetop={g.c(['NOTFOUND', str(c['op'] - 1)])} msgid={g.num(2, 9)}", "abandon")
        close(c)

    L.emit("\t389-Directory/2.4.5 B2024.198.0000", "header_version")
    L.emit("\tipa1.example.com:636 (/etc/dirsrv/slapd-EXAMPLE-COM)", "header_host")
    L.emit("", "blank")
    ev = [(50, sssd), (12, webui), (8, replica), (6, autobind), (6, app_bind), (4, whoami)]
    return L.run(slowed(L, ev, 6), None)


# 5 ---------------------------------------------------------------- Apache Pulsar 3.3 brokers on Kubernetes, `kubectl logs -n pulsar -l component=broker --prefix -f` of both
#   broker pods: "[pod/<pod>/<container>] " before each line of log4j2's "%d{ISO8601_OFFSET_DATE_TIME_HHMM} [%t] %-5level %logger{36} - %msg%n"
#   (%logger{36} in log4j2 keeps the whole name); Jetty's request log, producers and consumers coming and going, ledgers rolling, a bookie restart
@checked
def log_pulsar(seed):
    L = Log("pulsar_broker_kubectl", seed, "full", True, True)
    g = L.g
    pods = [{"pod": "pulsar-broker-0", "ip": "10.244.2.7", "io": 0}, {"pod": "pulsar-broker-1", "ip": "10.244.3.12", "io": 0}]
    topics = [f"persistent://public/default/orders-partition-{i}" for i in range(6)] + ["persistent://public/default/payments", "persistent://iot/telemetry/device-events",
                                                                                       "persistent://public/default/audit-log"]
    subs = ["orders-processor", "fraud-check", "analytics-sink", "audit-archiver"]
    clients = [f"10.244.{g.num(1, 6)}.{g.num(2, 250)}" for _ in range(12)]
    bookies = [f"pulsar-bookie-{i}.pulsar-bookie.pulsar.svc.cluster.local:3181" for i in range(3)]
    st = {"ledger": g.num(300000, 400000), "cnx": {}}

    def lg(p, lv, thread, logger, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(100, 20000))
        pre = f"[pod/{p['pod']}/pulsar-broker] "
        L.emit(f"{pre}{L.t:%Y-%m-%dT%H:%M:%S},{ms3(L.t)}+0000 [{thread}] {lv:<5} {logger} - {msg}", ev, lv, logger)
        for text, e in cont:
            L.emit(pre + text, e, lv, logger)

    def io(p):
        return f"pulsar-io-3-{g.num(1, 8)}"

    def ml(t):
        tenant, ns, name = t[len("persistent://"):].split("/")
        return f"{tenant}/{ns}/persistent/{name}"

    def request_log():
        p = g.c(pods)
        r = g.r.random()
        ts = f"[{L.t:%d/%b/%Y:%H:%M:%S} +0000]"
        if r < 0.45:
            line = f"10.244.0.1 - - {ts} \"GET /status.html HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" {g.num(0, 3)}"
        elif r < 0.75:
            line = f"10.244.5.{g.num(2, 9)} - - {ts} \"GET /metrics/ HTTP/1.1\" 200 {g.num(200000, 900000)} \"-\" \"Prometheus/2.54.1\" {g.num(20, 400)}"
        else:
            t = g.c(topics).replace("persistent://", "")
            line = f"10.244.{g.num(1, 6)}.{g.num(2, 250)} - - {ts} \"{g.c(['GET', 'GET', 'PUT'])} /admin/v2/persistent/{t}/{g.c(['stats', 'internalStats', 'partitions', 'subscriptions'])} HTTP/1.1\" {g.c([200, 200, 204, 404, 307])} {g.num(0, 9000)} \"-\" \"Pulsar-Java-v3.3.2\" {g.num(1, 300)}"
        lg(p, "INFO", f"pulsar-web-{g.num(40, 48)}-{g.num(1, 16)}", "org.eclipse.jetty.server.RequestLog", line, "request_log")

    def connect():
        p = g.c(pods)
        ip = f"/{g.c(clients)}:{g.port()}"
        th = io(p)
        lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"New connection from {ip}", "new_connection")
        lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] connected with clientVersion=Pulsar-Java-v3.3.2, clientProtocolVersion=21, proxyVersion=null", "connected_with")
        cid = f"0x{g.hx(8)}"
        t = g.c(topics)
        if g.r.random() < 0.5:
            pid = g.num(0, 3)
            lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx",
               f"[{ip}] Created new producer: Producer{{topic=PersistentTopic{{topic={t}}}, client=[id: {cid}, L:/{p['ip']}:6650 - R:{ip}] [SR:{ip[1:].split(':')[0]}, state:Connected], producerName=pulsar-{g.num(1, 40)}-{g.num(100, 999)}, producerId={pid}}}",
               "created_producer")
            st["cnx"][ip] = (p, "p", pid, t)
        else:
            s = g.c(subs)
            cidn = g.num(0, 3)
            lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] Subscribing on topic {t} / {s}. consumerId: {cidn}", "subscribing")
            if g.r.random() < 0.3:
                lg(p, "INFO", th, "org.apache.pulsar.broker.service.persistent.PersistentTopic", f"[{t}] There are no replicated subscriptions on the topic", "no_replicated_subs")
            lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] Created subscription on topic {t} / {s}", "created_subscription")
            st["cnx"][ip] = (p, "c", cidn, t)

    def disconnect():
        if not st["cnx"]:
            return connect()
        ip = g.c(sorted(st["cnx"]))
        p, kind, n, t = st["cnx"].pop(ip)
        th = io(p)
        if g.r.random() < 0.25:
            lg(p, "WARN", th, "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] Got exception io.netty.channel.unix.Errors$NativeIoException: recvAddress(..) failed: Connection reset by peer", "got_exception")
        elif kind == "p":
            lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] Closing producer on cnx {ip}. producerId={n}", "closing_producer")
            lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] Closed producer on cnx {ip}. producerId={n}", "closed_producer")
        else:
            lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] Closing consumer: consumerId={n}", "closing_consumer")
            lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] Closed consumer, consumerId={n}", "closed_consumer")
        lg(p, "INFO", th, "org.apache.pulsar.broker.service.ServerCnx", f"Closed connection from {ip}", "closed_connection")

    def ledger_roll():
        p = g.c(pods)
        t = g.c(topics)
        name = ml(t)
        th = f"bookkeeper-ml-scheduler-OrderedScheduler-{g.num(0, 7)}-0"
        meta = "{component=[109, 97, 110, 97, 103, 101, 100, 45, 108, 101, 100, 103, 101, 114], pulsar/managed-ledger=[" + ", ".join(str(ord(ch)) for ch in name[:24]) + ", ...], application=[112, 117, 108, 115, 97, 114]}"
        lg(p, "INFO", th, "org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl", f"[{name}] Creating ledger, metadata: {meta} - metadata ops timeout : 60 seconds", "creating_ledger")
        st["ledger"] += g.num(1, 30)
        L.tick(0.05)
        lg(p, "INFO", "BookKeeperClientWorker-OrderedExecutor-" + str(g.num(0, 7)) + "-0", "org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl", f"[{name}] Created new ledger {st['ledger']}", "created_ledger")
        if g.r.random() < 0.6:
            L.tick(0.5)
            for _ in range(g.num(1, 3)):
                lg(p, "INFO", th, "org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl", f"[{name}] Removing ledger {st['ledger'] - g.num(30, 900)} - size: {g.num(1000, 90000000)}", "removing_ledger")
            lg(p, "INFO", th, "org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl", f"[{name}] End TrimConsumedLedgers. ledgers={g.num(1, 4)} totalSize={g.num(1000, 900000000)}", "end_trim")

    def load_report():
        p = g.c(pods)
        lg(p, "INFO", "pulsar-load-manager-1-1", "org.apache.pulsar.broker.loadbalance.impl.ModularLoadManagerImpl",
           f"Writing local data to metadata store because maximum change {g.f(10, 60, 6)}% exceeded threshold 10%; time since last report written is {g.f(10, 300, 1)} seconds", "writing_local_data")

    def bundle():
        p = g.c(pods)
        b = g.c(["0x00000000_0x40000000", "0x40000000_0x80000000", "0x80000000_0xc0000000", "0xc0000000_0xffffffff"])
        ns = g.c(["public/default", "iot/telemetry"])
        if g.r.random() < 0.5:
            lg(p, "INFO", f"metadata-store-{g.num(8, 12)}-1", "org.apache.pulsar.broker.namespace.NamespaceService", f"Successfully acquired ownership of OwnedBundle(bundle={ns}/{b})", "acquired_ownership")
            t = g.c(topics)
            lg(p, "INFO", f"ForkJoinPool.commonPool-worker-{g.num(1, 9)}", "org.apache.pulsar.broker.service.BrokerService", f"Created topic {t} - dedup is disabled", "created_topic")
        else:
            lg(p, "INFO", f"pulsar-web-{g.num(40, 48)}-{g.num(1, 16)}", "org.apache.pulsar.broker.namespace.OwnedBundle", f"Disabling ownership: {ns}/{b}", "disabling_ownership")
            lg(p, "INFO", f"pulsar-web-{g.num(40, 48)}-{g.num(1, 16)}", "org.apache.pulsar.broker.namespace.OwnedBundle", f"Unloading {ns}/{b} namespace-bundle with {g.num(0, 40)} topics completed in {g.num(5, 900)} ms", "unloading_bundle")

    def bookie_restart():
        b = g.c(bookies)
        bip = f"10.244.4.{g.num(2, 40)}"
        for p in pods:
            cid = f"0x{g.hx(8)}"
            lg(p, "INFO", f"bookkeeper-io-{g.num(10, 14)}-{g.num(1, 8)}", "org.apache.bookkeeper.proto.PerChannelBookieClient",
               f"Disconnected from bookie channel [id: {cid}, L:/{p['ip']}:{g.port()} ! R:{b.split(':')[0]}/{bip}:3181]", "bookie_disconnected")
            for _ in range(g.num(0, 3)):
                lg(p, "WARN", f"BookKeeperClientWorker-OrderedExecutor-{g.num(0, 7)}-0", "org.apache.bookkeeper.client.PendingAddOp",
                   f"Failed to write entry ({st['ledger'] - g.num(0, 30)}, {g.num(0, 90000)}) to bookie ({g.num(0, 2)}, {b}): Bookie handle is not available", "failed_write_entry")
            lg(p, "INFO", f"BookKeeperClientWorker-OrderedExecutor-{g.num(0, 7)}-0", "org.apache.bookkeeper.client.LedgerHandle",
               f"New Ensemble: [{', '.join(g.r.sample([x for x in bookies if x != b] + ['pulsar-bookie-3.pulsar-bookie.pulsar.svc.cluster.local:3181'], 2))}] for ledger: {st['ledger'] - g.num(0, 30)}", "new_ensemble")
        L.tick(40)
        for p in pods:
            lg(p, "INFO", f"bookkeeper-io-{g.num(10, 14)}-{g.num(1, 8)}", "org.apache.bookkeeper.proto.PerChannelBookieClient",
               f"Successfully connected to bookie: {b} [id: 0x{g.hx(8)}, L:/{p['ip']}:{g.port()} - R:{b.split(':')[0]}/{bip}:3181]", "bookie_connected")

    def not_served():
        p = g.c(pods)
        other = [q for q in pods if q is not p][0]
        t = g.c(topics)
        ip = f"/{g.c(clients)}:{g.port()}"
        ns = "/".join(t.replace("persistent://", "").split("/")[:2])
        err = (f"org.apache.pulsar.broker.service.BrokerServiceException$ServiceUnitNotReadyException: Namespace bundle for topic ({t}) not served by this instance:"
               f"{p['pod']}.pulsar-broker.pulsar.svc.cluster.local:8080. Please redo the lookup. Request is denied: namespace={ns}")
        J = "~[io.streamnative-pulsar-broker-3.3.2.jar:3.3.2]"
        lg(p, "WARN", io(p), "org.apache.pulsar.broker.service.ServerCnx", f"[{ip}] Failed to load topic {t}, producerId={g.num(0, 3)}", "failed_load_topic", [
            (f"java.util.concurrent.CompletionException: {err}", "exception_line"),
            ("\tat java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:315) ~[?:?]", "stack_frame"),
            ("\tat java.util.concurrent.CompletableFuture.completeThrowable(CompletableFuture.java:320) ~[?:?]", "stack_frame"),
            ("\tat java.util.concurrent.CompletableFuture$UniCompose.tryFire(CompletableFuture.java:1194) ~[?:?]", "stack_frame"),
            (f"\tat org.apache.pulsar.broker.service.BrokerService.lambda$getTopic$31(BrokerService.java:1088) {J}", "stack_frame"),
            (f"\tat org.apache.pulsar.broker.service.ServerCnx.lambda$handleProducer$29(ServerCnx.java:1512) {J}", "stack_frame"),
            ("\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30) ~[io.netty-netty-common-4.1.108.Final.jar:4.1.108.Final]", "stack_frame"),
            ("\tat java.lang.Thread.run(Thread.java:1583) ~[?:?]", "stack_frame"),
            (f"Caused by: {err}", "caused_by"),
            (f"\tat org.apache.pulsar.broker.namespace.NamespaceService.checkTopicOwnership(NamespaceService.java:1402) {J}", "stack_frame"),
            (f"\tat org.apache.pulsar.broker.service.BrokerService.checkTopicNsOwnership(BrokerService.java:2254) {J}", "stack_frame"),
            (f"\t... {g.num(8, 20)} more", "frames_more")])

    ev = [(40, request_log), (10, connect), (9, disconnect), (8, ledger_roll), (6, load_report), (2, bundle), (0.3, bookie_restart), (1, not_served)]
    return L.run(slowed(L, ev, 3), None)


# 6 ---------------------------------------------------------------- TiDB 7.5 tidb-server log (tidb.log) of a shop in Shanghai: the unified log format
#   "[2026/12/01 18:00:00.123 +08:00] [LEVEL] [file.go:line] [message] [key=value]...", message and values quoted when they hold spaces;
#   DDL jobs, GC rounds, auto-analyze, write conflicts and duplicate keys, expensive queries, a TiKV store restart, a rolling upgrade
@checked
def log_tidb(seed):
    L = Log("tidb_log", seed, "full", True, True)
    g = L.g
    tz = dt.timezone(dt.timedelta(hours=8))
    st = {"schema": g.num(3000, 4000), "job": g.num(900, 1200), "conn": g.num(2097152, 2100000), "ts": 0}
    tables = [("shop", "orders", 104), ("shop", "order_items", 106), ("shop", "customers", 98), ("shop", "inventory", 112), ("report", "daily_sales", 230)]
    apps = ["10.10.2.21", "10.10.2.22", "10.10.2.23", "10.10.2.24"]

    def q(s):
        s = str(s)
        if s and any(ch in s for ch in " \"=[]\n,:") and not s.replace(".", "").replace(":", "").replace("-", "").isdigit():
            return json.dumps(s)
        return s

    def t(lv, loc, msg, ev, **kv):
        L.t += dt.timedelta(microseconds=g.num(100, 30000))
        lt = L.t.astimezone(tz)
        fields = "".join(f" [{q(k.replace('__', ' '))}={q(v)}]" for k, v in kv.items())
        L.emit(f"[{lt:%Y/%m/%d %H:%M:%S}.{ms3(lt)} +08:00] [{lv}] [{loc}] [{q(msg)}]{fields}", ev, lv, loc)

    def tso():
        st["ts"] = int(L.t.timestamp() * 1000) << 18 | g.num(0, 262143)
        return st["ts"]

    def conninfo(c, ip):
        return f"id:{c}, addr:{ip}:{g.port()} status:{g.c([10, 11, 2])}, collation:utf8mb4_bin, user:shop_app"

    def write_conflict():
        c = st["conn"] + g.num(0, 400)
        db, tb, tid = g.c(tables[:4])
        start = tso()
        t("WARN", "conn.go:1184", "command dispatched failed", "dispatch_failed", conn=c, session_alias="", connInfo=conninfo(c, g.c(apps)), command="Execute",
          status="inTxn:0, autocommit:1", sql=f"UPDATE `{tb}` SET `status`=?, `updated_at`=? WHERE `id`=?", txn_mode="OPTIMISTIC", timestamp=start,
          err=f"[kv:9007]Write conflict, txnStartTS={start}, conflictStartTS={start - g.num(1000, 90000)}, conflictCommitTS={start + g.num(10, 900)}, key={{tableID={tid}, handle={g.num(1, 9000000)}}} primary={{tableID={tid}, handle={g.num(1, 9000000)}}}, originalPrimaryKey=, reason=Optimistic [try again later]")

    def dup():
        c = st["conn"] + g.num(0, 400)
        t("INFO", "conn.go:1184", "command dispatched failed", "dispatch_failed", conn=c, session_alias="", connInfo=conninfo(c, g.c(apps)), command="Execute",
          status="inTxn:1, autocommit:1", sql="INSERT INTO `orders` (`order_no`,`customer_id`,`total`,`status`) VALUES (?,?,?,?)", txn_mode="PESSIMISTIC", timestamp=tso(),
          err=f"[kv:1062]Duplicate entry 'SO{g.num(10 ** 9, 10 ** 10)}' for key 'orders.uk_order_no'")

    def expensive():
        db, tb, tid = g.c(tables)
        t("WARN", "expensivequery.go:145", "expensive_query", "expensive_query", cost_time=f"{g.f(60, 400, 6)}s", cop_time=f"{g.f(10, 300, 3)}s", process_time=f"{g.f(10, 900, 3)}s",
          wait_time=f"{g.f(0, 2, 3)}s", request_count=g.num(10, 900), total_keys=g.num(10 ** 6, 10 ** 8), process_keys=g.num(10 ** 6, 10 ** 8), num_cop_tasks=g.num(10, 900),
          conn=st["conn"] + g.num(0, 400), user="report", database=db, table_ids=f"[{tid}]", txn_start_ts=tso(), mem_max=f"{g.f(0.2, 3, 2)} GB ({g.num(2 * 10 ** 8, 3 * 10 ** 9)} Bytes)",
          sql=f"SELECT customer_id, SUM(total) FROM {tb} WHERE created_at >= '2026-{g.num(1, 11):02d}-01' GROUP BY customer_id ORDER BY 2 DESC")

    def gc_round():
        u = g.hx(14)
        sp = tso() - (600000 << 18)
        t("INFO", "gc_worker.go:742", "[gc worker] starts the whole job", "gc_starts", uuid=u, safePoint=sp, concurrency=3)
        t("INFO", "gc_worker.go:1259", "[gc worker] start resolve locks", "gc_start_resolve", uuid=u, safePoint=sp, **{"try-resolve-locks-ts": sp}, concurrency=3)
        L.tick(3)
        t("INFO", "gc_worker.go:1296", "[gc worker] finish resolve locks", "gc_finish_resolve", uuid=u, safePoint=sp, **{"try-resolve-locks-ts": sp}, regions=g.num(2000, 9000))
        t("INFO", "gc_worker.go:793", "[gc worker] start delete ranges", "gc_start_delete", uuid=u, ranges=g.num(0, 12))
        t("INFO", "gc_worker.go:842", "[gc worker] finish delete ranges", "gc_finish_delete", uuid=u, num__of__ranges=g.num(0, 12), cost__time=f"{g.f(0.5, 90, 3)}ms")
        t("INFO", "gc_worker.go:1680", "[gc worker] sent safe point to PD", "gc_sent_safepoint", uuid=u, safe__point=sp)

    def ddl():
        db, tb, tid = g.c(tables)
        st["job"] += 1
        j = st["job"]
        kind, sql = g.c([("add index", f"ALTER TABLE `{tb}` ADD INDEX `idx_{g.c(['created_at', 'status', 'customer_id'])}` (`{g.c(['created_at', 'status', 'customer_id'])}`)"),
                         ("add column", f"ALTER TABLE `{tb}` ADD COLUMN `note_{g.num(1, 9)}` VARCHAR(255) NULL"),
                         ("truncate table", f"TRUNCATE TABLE `{tb}`")])
        start = L.t.astimezone(tz)
        t("INFO", "session.go:3921", "CRUCIAL OPERATION", "crucial_operation", conn=st["conn"] + g.num(0, 400), schemaVersion=st["schema"], cur_db=db, sql=sql, user="dba@10.10.9.%")
        jobs = f"ID:{j}, Type:{kind}, State:queueing, SchemaState:none, SchemaID:{g.num(2, 90)}, TableID:{tid}, RowCount:0, ArgLen:{g.num(1, 6)}, start time: {start:%Y-%m-%d %H:%M:%S}.{start.microsecond:06d} +0800 CST, Err:<nil>, ErrCount:0, SnapshotVersion:0, LocalMode: false"
        t("INFO", "ddl_worker.go:424", "add DDL jobs", "add_ddl_jobs", category="ddl", batch__count=1, jobs=jobs + "; ", table="true")
        t("INFO", "ddl_worker.go:1003", "run DDL job", "run_ddl_job", worker="worker 1, tp general" if kind != "add index" else "worker 3, tp add index", category="ddl", job=jobs)
        for ss in (["delete only", "write only", "write reorganization", "public"] if kind == "add index" else ["public"]):
            st["schema"] += 1
            L.tick(1)
            t("INFO", "domain.go:263", "diff load InfoSchema success", "diff_load_schema", currentSchemaVersion=st["schema"] - 1, neededSchemaVersion=st["schema"],
              start__time=f"{g.f(0.5, 9, 6)}ms", gotSchemaVersion=st["schema"], phyTblIDs=f"[{tid}]", actionTypes="[7]" if kind == "add index" else "[5]")
            if ss == "write reorganization":
                L.tick(30)
                t("INFO", "reorg.go:326", "run reorg job wait timeout", "reorg_wait_timeout", category="ddl", waitTime="5s", elementType="_idx_", elementID=g.num(1, 9),
                  totalAddedRowCount=g.num(10 ** 5, 10 ** 7), doneKey=f"7480000000000000{tid:x}5f69800000000000000103{g.hx(16)}")
        t("INFO", "ddl.go:1195", "DDL job is finished", "ddl_finished", category="ddl", jobID=j)

    def analyze():
        db, tb, tid = g.c(tables)
        m = g.num(10 ** 5, 10 ** 6)
        t("INFO", "autoanalyze.go:388", "auto analyze triggered", "auto_analyze_triggered", category="stats", sql=f"analyze table `{db}`.`{tb}`", reason=f"too many modifications({m}/{m * g.num(2, 9) // 2}>0.5)")
        L.tick(20)
        s, e = L.t.astimezone(tz) - dt.timedelta(seconds=g.num(5, 90)), L.t.astimezone(tz)
        t("INFO", "analyze.go:2159", f"analyze table `{db}`.`{tb}` has finished", "analyze_finished", category="stats", partition="", job__info="auto analyze table all columns with 256 buckets, 500 topn, 0.05 samplerate",
          start__time=f"{s:%Y-%m-%d %H:%M:%S}.{s.microsecond:06d} +0800 CST", end__time=f"{e:%Y-%m-%d %H:%M:%S}.{e.microsecond:06d} +0800 CST", cost=f"{(e - s).total_seconds():.6f}s",
          sample__rate__reason=f"use min(1, 110000/{m * 4}) as the sample-rate={min(1, 110000 / (m * 4)):.6g}")

    def tikv_restart():
        store = g.c([("tikv-0.tikv-peer.tidb.svc:20160", 1), ("tikv-1.tikv-peer.tidb.svc:20160", 4), ("tikv-2.tikv-peer.tidb.svc:20160", 5)])
        for _ in range(g.num(2, 6)):
            t("INFO", "region_cache.go:2654", "invalidate current region, because others failed on same store", "invalidate_region", region=f"{g.num(1000, 90000)}", store=store[0])
            L.tick(0.5)
        t("INFO", "region_request.go:1535", "mark store's regions need be refill", "mark_store_refill", id=store[1], addr=store[0], error="rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.10.1.12:20160: connect: connection refused\"")
        t("WARN", "backoff.go:158", "tikvRPC backoffer.maxSleep 20000ms is exceeded, errors:\nsend tikv request error: rpc error: code = Unavailable desc = connection error, ctx: region ID: 12345, meta: id:12345 , peer: id:12346 store_id:4 , addr: " + store[0] + ", try next peer later",
          "backoff_exceeded", conn=st["conn"] + g.num(0, 400))
        L.tick(60)
        t("INFO", "region_cache.go:2745", "[health check] check health error", "health_check_error", store=store[0], error="rpc error: code = Unavailable desc = connection error")
        L.tick(30)
        t("INFO", "region_cache.go:2738", "[health check] store became reachable", "store_reachable", storeID=store[1])

    def oom_risk():
        t("WARN", "memory_usage_alarm.go:141", "tidb-server has the risk of OOM because of memory usage exceeds alarm ratio. Running SQLs and heap profile will be recorded in record path", "oom_risk",
          is__tidb_server_memory_limit__set="false", system__memory__total=34359738368, system__memory__usage=g.num(24 * 2 ** 30, 30 * 2 ** 30), tidb_server__memory__usage=g.num(20 * 2 ** 30, 25 * 2 ** 30),
          memory_usage_alarm_ratio=0.7, record__path=f"/tmp/0_tidb/MC4wLjAuMDo0MDAwLzAuMC4wLjA6MTAwODA=/tmp-storage/record{L.t.astimezone(tz):%Y-%m-%dT%H:%M:%S}+08:00")

    def upgrade():
        t("INFO", "signal_posix.go:54", "got signal to exit", "got_signal", signal="terminated")
        t("INFO", "server.go:989", "setting tidb-server to report unhealthy (shutting-down)", "report_unhealthy")
        t("INFO", "server.go:1010", "kill all connections.", "kill_connections", category="server")
        L.tick(15)
        t("INFO", "printer.go:47", "Welcome to TiDB.", "welcome", Release__Version="v7.5.4", Edition="Community", Git__Commit__Hash=g.hx(40), Git__Branch="HEAD",
          UTC__Build__Time="2024-10-14 04:52:33", GoVersion="go1.21.13", Race__Enabled="false", Check__Table__Before__Drop="false")
        t("INFO", "main.go:357", "disable Prometheus push client", "disable_push_client")
        t("INFO", "store.go:76", "new store", "new_store", path="tikv://pd.tidb.svc:2379?disableGC=false")
        t("INFO", "domain.go:297", "full load InfoSchema success", "full_load_schema", currentSchemaVersion=0, neededSchemaVersion=st["schema"], start__time=f"{g.f(90, 900, 6)}ms")
        t("INFO", "server.go:311", "server is running MySQL protocol", "server_running", addr="0.0.0.0:4000")
        t("INFO", "http_status.go:517", "for status and metrics report", "status_listening", listening__on__addr="0.0.0.0:10080")
        st["conn"] += 4194304

    def conn_event():
        c = st["conn"] + g.num(0, 400)
        t("INFO", "conn.go:1184", "command dispatched failed", "dispatch_failed", conn=c, session_alias="", connInfo=conninfo(c, g.c(apps)), command="Query",
          status="inTxn:0, autocommit:1", sql="SELECT SLEEP(30)" if g.r.random() < 0.3 else "SELECT * FROM `inventory` WHERE `sku` IN (...)", txn_mode="PESSIMISTIC", timestamp=tso(),
          err="[executor:3024]Query execution was interrupted, maximum statement execution time exceeded")

    ev = [(20, write_conflict), (18, dup), (8, expensive), (6, gc_round), (2, ddl), (8, analyze), (0.8, tikv_restart), (1.2, oom_risk), (0.3, upgrade), (6, conn_event)]
    return L.run(slowed(L, ev, 30), None)


# 7 ---------------------------------------------------------------- a Rust workspace's nightly CI script (`set -x`; cargo fmt --check, clippy -D warnings, cargo test) on a
#   self-hosted runner, every night's output appended to one file: cargo's status lines, rustc/clippy diagnostics with their source snippets,
#   libtest output; no time; the level is the diagnostic's ("warning", "error")
@checked
def log_cargo(seed):
    L = Log("cargo_ci_nightly", seed, None, True, False)
    g = L.g
    deps = [("proc-macro2", "1.0.92"), ("unicode-ident", "1.0.14"), ("quote", "1.0.37"), ("syn", "2.0.90"), ("libc", "0.2.167"), ("cfg-if", "1.0.0"), ("serde", "1.0.215"),
            ("serde_derive", "1.0.215"), ("serde_json", "1.0.133"), ("itoa", "1.0.14"), ("ryu", "1.0.18"), ("memchr", "2.7.4"), ("once_cell", "1.20.2"), ("log", "0.4.22"),
            ("bytes", "1.9.0"), ("pin-project-lite", "0.2.15"), ("tokio-macros", "2.4.0"), ("mio", "1.0.3"), ("socket2", "0.5.8"), ("tokio", "1.42.0"), ("futures-core", "0.3.31"),
            ("tracing-core", "0.1.33"), ("tracing", "0.1.41"), ("http", "1.2.0"), ("hyper", "1.5.1"), ("axum-core", "0.4.5"), ("axum", "0.7.9"), ("regex-syntax", "0.8.5"),
            ("regex-automata", "0.4.9"), ("regex", "1.11.1"), ("chrono", "0.4.38"), ("thiserror-impl", "2.0.4"), ("thiserror", "2.0.4"), ("anyhow", "1.0.94"), ("sqlx-core", "0.8.2"),
            ("sqlx-postgres", "0.8.2"), ("sqlx-macros", "0.8.2"), ("sqlx", "0.8.2"), ("uuid", "1.11.0"), ("clap_builder", "4.5.23"), ("clap_derive", "4.5.18"), ("clap", "4.5.23")]
    crates = [("tally-core", "crates/core"), ("tally-storage", "crates/storage"), ("tally-ingest", "crates/ingest"), ("tally-api", "crates/api"), ("tally-cli", "crates/cli")]
    ROOT = "/srv/ci/work/tallyhq"
    tests = {"tally-core": ["model::tests::amount_roundtrip", "model::tests::rejects_negative_quantity", "money::tests::adds_same_currency", "money::tests::refuses_mixed_currency",
                            "money::tests::rounds_half_even", "period::tests::month_boundaries", "period::tests::iso_week_53", "ledger::tests::balance_after_reversal"],
             "tally-storage": ["pg::tests::migrations_apply_cleanly", "pg::tests::insert_and_fetch_entry", "cache::tests::evicts_lru", "cache::tests::ttl_expiry"],
             "tally-ingest": ["parser::tests::parses_empty", "parser::tests::parses_bom", "parser::tests::rejects_bad_utf8", "parser::tests::csv_semicolon", "parser::tests::quoted_newlines",
                              "pipeline::tests::dedups_by_hash", "pipeline::tests::backpressure", "bank::camt053::tests::reads_sample", "bank::mt940::tests::reads_sample"],
             "tally-api": ["routes::tests::health_ok", "routes::tests::unauthorized_without_token", "routes::tests::creates_entry", "routes::tests::paginates"]}
    st = {"night": dt.datetime(2026, 11, 20, 2, 0, 1, tzinfo=UTC), "warm": False}

    def ln(text, ev, lv=None):
        L.emit(text, ev, lv)

    def status(verb, text, ev):
        ln(f"{verb:>12} {text}", ev)

    def diag(lv, head, head_ev, file, line, col, src, n, label=None, label_ev=None, notes=()):
        w = len(str(line))
        ln(f"{lv}: {head}", head_ev, lv.split("[")[0])
        lvl = lv.split("[")[0]
        ln(f"{' ' * w}--> {file}:{line}:{col}", "diag_arrow", lvl)
        ln(f"{' ' * (w + 1)}|", "diag_gutter", lvl)
        ln(f"{line} | {src}", "diag_source", lvl)
        ln(f"{' ' * (w + 1)}| {' ' * (col - 1)}{'^' * n}{(' ' + label) if label else ''}", label_ev or "diag_caret_bare", lvl)
        if notes:
            ln(f"{' ' * (w + 1)}|", "diag_gutter", lvl)
        for kind, text, ev in notes:
            ln(f"{' ' * (w + 1)}= {kind}: {text}", ev, lvl)
        ln("", "blank", None)

    def d_unused_var(c):
        v = g.c(["cfg", "conn", "started", "row", "idx", "tx"])
        ln_ = g.num(20, 240)
        diag("warning", f"unused variable: `{v}`", "lint_unused_variable", f"{c[1]}/src/{g.c(['lib.rs', 'pipeline.rs', 'routes.rs', 'pg.rs'])}", ln_, 13,
             f"        let {v} = {g.c(['load_config()?', 'pool.acquire().await?', 'Instant::now()', 'rows.next()'])};", len(v),
             f"help: if this is intentional, prefix it with an underscore: `_{v}`", "label_prefix_underscore", [("note", "`#[warn(unused_variables)]` on by default", "note_on_by_default")])
        return 1

    def d_unused_import(c):
        p = g.c(["std::collections::HashMap", "std::io::Write", "tracing::debug", "serde::Deserialize", "chrono::Utc"])
        ln_ = g.num(1, 12)
        diag("warning", f"unused import: `{p}`", "lint_unused_import", f"{c[1]}/src/{g.c(['model.rs', 'lib.rs', 'cache.rs', 'handlers.rs'])}", ln_, 5, f"use {p};", len(p),
             notes=[("note", "`#[warn(unused_imports)]` on by default", "note_on_by_default")])
        return 1

    def d_deprecated(c):
        diag("warning", "use of deprecated method `chrono::NaiveDateTime::timestamp`: use `.and_utc().timestamp()` instead", "lint_deprecated", f"{c[1]}/src/period.rs", g.num(40, 300), 28,
             "        let secs = start.naive_utc().timestamp();", 9, notes=[("note", "`#[warn(deprecated)]` on by default", "note_on_by_default")])
        return 1

    def d_clippy(c):
        lint, head, head_ev, src, col, n, label, lev = g.c([
            ("clippy::redundant_clone", "redundant clone", "clippy_redundant_clone", "    let name = req.name.clone();", 24, 8, "help: remove this", "label_remove_this"),
            ("clippy::needless_return", "unneeded `return` statement", "clippy_needless_return", "        return Ok(entries);", 9, 19, None, None),
            ("clippy::len_zero", "length comparison to zero", "clippy_len_zero", "    if batch.len() == 0 {", 8, 15, "help: using `is_empty` is clearer and more explicit: `batch.is_empty()`", "label_using_is_empty"),
            ("clippy::manual_map", "manual implementation of `Option::map`", "clippy_manual_map", "    match header {", 5, 12, None, None)])
        name = lint.split("::")[1]
        diag("error", head, head_ev, f"{c[1]}/src/{g.c(['handlers.rs', 'pipeline.rs', 'parser.rs', 'ledger.rs'])}", g.num(20, 400), col, src, n, label, lev,
             [("help", f"for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#{name}", "help_clippy_link"),
              ("note", f"`-D {lint.replace('_', '-')}` implied by `-D warnings`", "note_implied_by"),
              ("help", f"to override `-D warnings` add `#[allow({lint})]`", "help_override")])
        return 1

    def d_e0308(c):
        diag("error[E0308]", "mismatched types", "e0308_mismatched_types", f"{c[1]}/src/parser.rs", g.num(100, 300), 24, "        let width: u32 = fields.len();", 12,
             "expected `u32`, found `usize`", "label_expected_found", [("help", "you can convert a `usize` to a `u32` and panic if the converted value doesn't fit", "help_convert_panic")])
        return 1

    def d_e0599(c):
        m = g.c(["as_str", "into_inner", "try_get_unchecked"])
        s = g.c(["PgRow", "Entry", "RawRecord"])
        diag("error[E0599]", f"no method named `{m}` found for struct `{s}` in the current scope", "e0599_no_method", f"{c[1]}/src/{g.c(['pg.rs', 'routes.rs'])}", g.num(30, 200), 22,
             f"    let v = row.{m}()?;", len(m), f"method not found in `{s}`", "label_method_not_found")
        return 1

    def compile_deps(verb):
        for name, ver in deps:
            status(verb, f"{name} v{ver}", "cargo_compiling" if verb == "Compiling" else "cargo_checking")

    def build(verb, with_diags, lints):
        if not st["warm"]:
            compile_deps(verb)
            st["warm"] = True
        failed = None
        for c in crates:
            status(verb, f"{c[0]} v0.{g.num(3, 4)}.0 ({ROOT}/{c[1]})", "cargo_compiling" if verb == "Compiling" else "cargo_checking")
            if not with_diags or g.r.random() < 0.78:
                continue
            nw = ne = 0
            for _ in range(g.num(1, 3)):
                f = g.c(lints)
                if f in (d_clippy, d_e0308, d_e0599):
                    ne += f(c)
                else:
                    nw += f(c)
            if ne:
                ln(f"error: could not compile `{c[0]}` (lib) due to {ne} previous error{'s' if ne > 1 else ''}{'; ' + str(nw) + ' warning' + ('s' if nw > 1 else '') + ' emitted' if nw else ''}", "cargo_could_not_compile", "error")
                failed = c
                break
            fix = "clippy --fix" if verb == "Checking" else "fix"
            ln(f"warning: `{c[0]}` (lib) generated {nw} warning{'s' if nw > 1 else ''} (run `cargo {fix} --lib -p {c[0]}` to apply {nw} suggestion{'s' if nw > 1 else ''})",
               "cargo_generated_warnings", "warning")
        return failed

    def finished(profile):
        t = g.r.uniform(0.8, 140)
        ts = f"{int(t // 60)}m {int(t % 60):02d}s" if t >= 60 else f"{t:.2f}s"
        status("Finished", f"`{profile}` profile [unoptimized + debuginfo] target(s) in {ts}", "cargo_finished")

    def libtest(name, lst, label):
        ln(f"{'Running':>12} {label} (target/debug/deps/{name.replace('-', '_')}-{g.hx(16)})", "cargo_running")
        ln("", "blank")
        ln(f"running {len(lst)} test{'s' if len(lst) != 1 else ''}", "libtest_running")
        fails = []
        ig = 0
        for tname in lst:
            r = g.r.random()
            res = "FAILED" if r < 0.05 else ("ignored" if r < 0.08 else "ok")
            if res == "FAILED":
                fails.append(tname)
            ig += res == "ignored"
            ln(f"test {tname} ... {res}", "libtest_test")
        if fails:
            ln("", "blank")
            ln("failures:", "libtest_failures")
            for tname in fails:
                ln("", "blank")
                ln(f"---- {tname} stdout ----", "libtest_stdout_header")
                ln(f"thread '{tname}' panicked at {dict(crates).get(name, 'crates/api')}/src/{g.c(['parser.rs', 'pg.rs', 'money.rs', 'routes.rs'])}:{g.num(40, 400)}:{g.num(5, 40)}:", "panic_at")
                if g.r.random() < 0.6:
                    ln("assertion `left == right` failed", "panic_assert_eq")
                    ln(f"  left: {g.c(['Ok(3)', 'Some(0)', '1250', 'Err(InvalidUtf8 { offset: 7 })'])}", "panic_left")
                    ln(f" right: {g.c(['Err(InvalidUtf8)', 'None', '1249', 'Ok(2)'])}", "panic_right")
                else:
                    ln("called `Result::unwrap()` on an `Err` value: PoolTimedOut", "panic_unwrap_err")
                ln("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace", "note_backtrace")
            ln("", "blank")
            ln("", "blank")
            ln("failures:", "libtest_failures")
            for tname in fails:
                ln(f"    {tname}", "libtest_failure_name")
        ln("", "blank")
        n = len(lst)
        ln(f"test result: {'FAILED' if fails else 'ok'}. {n - len(fails) - ig} passed; {len(fails)} failed; {ig} ignored; 0 measured; 0 filtered out; finished in {g.f(0.01, 9, 2)}s", "libtest_result")
        ln("", "blank")
        return bool(fails)

    def night():
        st["night"] += dt.timedelta(days=1)
        if g.r.random() < 0.3:
            st["warm"] = False
        ln(f"==> nightly {st['night']:%Y-%m-%dT%H:%M:%S}+00:00 rev {g.hx(7)} (main)", "script_banner")
        ln("+ cargo fmt --all -- --check", "set_x_command")
        if g.r.random() < 0.12:
            f = f"{ROOT}/{g.c(crates)[1]}/src/{g.c(['lib.rs', 'routes.rs', 'parser.rs'])}"
            ln(f"Diff in {f}:{g.num(10, 300)}:", "rustfmt_diff_in")
            before, minus, plus, after = g.c([
                ("     }", ["    let total: i64 = entries.iter().map(|e| e.amount).sum::<i64>();"],
                 ["    let total: i64 = entries", "        .iter()", "        .map(|e| e.amount)", "        .sum::<i64>();"], "     Ok(total)"),
                (" use crate::model::Entry;", ["use std::sync::Arc;", "use std::collections::HashMap;"], ["use std::collections::HashMap;", "use std::sync::Arc;"], " "),
                ("     fn from(e: sqlx::Error) -> Self {", ["        Self::Db { source: e, }"], ["        Self::Db { source: e }"], "     }")])
            ln(before, "rustfmt_diff_context")
            for x in minus:
                ln("-" + x, "rustfmt_diff_minus")
            for x in plus:
                ln("+" + x, "rustfmt_diff_plus")
            ln(after, "rustfmt_diff_context")
            ln("+ exit 1", "set_x_command")
            ln(f"==> nightly FAILED (fmt) after {g.num(2, 9)}s", "script_failed")
            ln("", "blank")
            return
        ln("+ cargo clippy --workspace --all-targets --locked -- -D warnings", "set_x_command")
        if not st["warm"] and g.r.random() < 0.5:
            status("Updating", "crates.io index", "cargo_updating_index")
            got = g.r.sample(deps, g.num(2, 8))
            for name, ver in got:
                status("Downloaded", f"{name} v{ver}", "cargo_downloaded")
            status("Downloaded", f"{len(got)} crates ({g.f(0.2, 3, 1)} MB) in {g.f(0.3, 2.5, 2)}s", "cargo_downloaded_summary")
        warm = st["warm"]
        failed = build("Checking", True, [d_unused_var, d_unused_import, d_deprecated, d_clippy, d_clippy])
        st["warm"] = warm
        if failed:
            ln("+ exit 101", "set_x_command")
            ln(f"==> nightly FAILED (clippy) after {g.num(30, 300)}s", "script_failed")
            ln("", "blank")
            return
        finished("dev")
        ln("+ cargo test --workspace --locked --no-fail-fast", "set_x_command")
        failed = build("Compiling", g.r.random() < 0.3, [d_unused_var, d_e0308, d_e0599, d_unused_import])
        if failed:
            ln("+ exit 101", "set_x_command")
            ln(f"==> nightly FAILED (test build) after {g.num(30, 300)}s", "script_failed")
            ln("", "blank")
            return
        finished("test")
        bad = []
        for name, lst in tests.items():
            if libtest(name, lst, "unittests src/lib.rs"):
                bad.append(f"`-p {name} --lib`")
        if libtest("api_roundtrip", ["creates_and_lists_entries", "rejects_bad_token", "survives_db_restart"], "tests/api_roundtrip.rs"):
            bad.append("`-p tally-api --test api_roundtrip`")
        ln(f"{'Doc-tests':>12} tally_core", "cargo_doc_tests")
        ln("", "blank")
        ln("running 2 tests", "libtest_running")
        ln(f"test crates/core/src/money.rs - money::Money::new (line {g.num(20, 60)}) ... ok", "libtest_test")
        ln(f"test crates/core/src/period.rs - period::Period::parse (line {g.num(20, 90)}) ... ok", "libtest_test")
        ln("", "blank")
        ln(f"test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in {g.f(0.2, 2, 2)}s", "libtest_result")
        ln("", "blank")
        if bad:
            ln(f"error: {len(bad)} target{'s' if len(bad) > 1 else ''} failed:", "cargo_targets_failed", "error")
            for b in bad:
                ln(f"    {b}", "cargo_failed_target", "error")
            ln("+ exit 101", "set_x_command")
            ln(f"==> nightly FAILED (tests) after {g.num(60, 900)}s", "script_failed")
        else:
            ln(f"==> nightly OK after {g.num(60, 900)}s", "script_ok")
        ln("", "blank")

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Jenkins inbound agent (remoting 3273, `java -jar agent.jar`) on a Linux build machine of a French team,
#   LANG=fr_FR.UTF-8, clock in UTC, stdout appended to /var/log/jenkins-agent.log: java.util.logging's SimpleFormatter writes two lines per
#   record, "déc. 01, 2026 9:05:12 AM <class> <method>" (French month abbreviations, 12-hour clock) and "<LEVEL>: <message>" with the level
#   word localised (INFOS, AVERTISSEMENT, GRAVE), then any stack trace; weeks of reconnects across the new year
@checked
def log_jenkins_agent(seed):
    L = Log("jenkins_agent_fr", seed, "full", True, True, start=dt.datetime(2026, 12, 26, 7, 12, 0, tzinfo=UTC))
    g = L.g
    MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    LV = {"INFOS": "INFOS|INFO", "AVERTISSEMENT": "AVERTISSEMENT|WARNING", "GRAVE": "GRAVE|SEVERE"}
    URL = "https://jenkins.exemple.fr/"
    CTRL = "jenkins.exemple.fr/10.20.0.5:50000"
    NAME = "build-lnx-07"
    FP = ":".join(g.hx(2) for _ in range(16))
    st = {"chan": "", "up": False}
    CUI = ("hudson.remoting.jnlp.Main$CuiListener", "status")

    def rec(src, lv, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(1, 400))
        t = L.t
        h12 = t.hour % 12 or 12
        comp = src[0]
        L.emit(f"{MOIS[t.month - 1]} {t.day:02d}, {t.year} {h12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'} {src[0]} {src[1]}", "jul_header", LV[lv], comp)
        L.emit(f"{lv}: {msg}", ev, LV[lv], comp)
        for text, e in cont:
            L.emit(text, e, LV[lv], comp)

    def startup():
        rec(("hudson.remoting.jnlp.Main", "createEngine"), "INFOS", f"Setting up agent: {NAME}", "setting_up_agent")
        rec(("hudson.remoting.Engine", "startEngine"), "INFOS", "Using Remoting version: 3273.v4cfe589b_fd83", "remoting_version")
        rec(("org.jenkinsci.remoting.engine.WorkDirManager", "initializeWorkDir"), "INFOS", "Using /var/lib/jenkins-agent/remoting as a remoting work directory", "work_dir")
        rec(("org.jenkinsci.remoting.engine.WorkDirManager", "setupLogging"), "INFOS", "Both error and output logs will be printed to /var/lib/jenkins-agent/remoting", "logs_printed_to")
        connect()

    def locate():
        rec(CUI, "INFOS", f"Locating server among [{URL}]", "locating_server")

    def connect():
        locate()
        rec(("org.jenkinsci.remoting.engine.JnlpAgentEndpointResolver", "resolve"), "INFOS", "Remoting server accepts the following protocols: [JNLP4-connect, Ping]", "server_accepts")
        rec(CUI, "INFOS", "Agent discovery successful", "discovery_successful", [("  Agent address: jenkins.exemple.fr", "discovery_address"), ("  Agent port:    50000", "discovery_port"),
                                                                                   (f"  Identity:      {FP}", "discovery_identity")])
        rec(CUI, "INFOS", "Handshaking", "handshaking")
        rec(CUI, "INFOS", "Connecting to jenkins.exemple.fr:50000", "connecting_to")
        rec(CUI, "INFOS", "Trying protocol: JNLP4-connect", "trying_protocol")
        rec(("org.jenkinsci.remoting.protocol.impl.BIONetworkLayer$Reader", "run"), "INFOS", "Waiting for ProtocolStack to start.", "waiting_protocolstack")
        if g.r.random() < 0.08:
            rec(("hudson.remoting.jnlp.Main$CuiListener", "error"), "GRAVE", f"The server rejected the connection: {NAME} is already connected to this controller. Rejecting this connection.", "server_rejected", [
                (f"java.lang.Exception: The server rejected the connection: {NAME} is already connected to this controller. Rejecting this connection.", "exception_line"),
                ("\tat hudson.remoting.Engine.onConnectionRejected(Engine.java:881)", "stack_frame"),
                ("\tat hudson.remoting.Engine.innerRun(Engine.java:812)", "stack_frame"),
                ("\tat hudson.remoting.Engine.run(Engine.java:563)", "stack_frame")])
            L.tick(60)
            return restart()
        rec(CUI, "INFOS", f"Remote identity confirmed: {FP}", "identity_confirmed")
        rec(CUI, "INFOS", "Connected", "connected")
        st["up"] = True

    def restart():
        rec(("jenkins.slaves.restarter.JnlpSlaveRestarterInstaller$FindEffectiveRestarters$1", "onReconnect"), "INFOS",
            f"Restarting agent via jenkins.slaves.restarter.UnixSlaveRestarter@{g.hx(8)}", "restarting_agent")
        L.tick(3)
        startup()

    def unreachable():
        for _ in range(g.num(1, 6)):
            locate()
            why = g.r.random()
            if why < 0.5:
                rec(CUI, "INFOS", f"Could not locate server among [{URL}]; waiting 10 seconds before retry", "could_not_locate", [
                    (f"java.io.IOException: Failed to connect to {URL}tcpSlaveAgentListener/: Connection refused", "exception_line"),
                    ("\tat org.jenkinsci.remoting.engine.JnlpAgentEndpointResolver.resolve(JnlpAgentEndpointResolver.java:221)", "stack_frame"),
                    ("\tat hudson.remoting.Engine.innerRun(Engine.java:788)", "stack_frame"),
                    ("\tat hudson.remoting.Engine.run(Engine.java:563)", "stack_frame"),
                    ("Caused by: java.net.ConnectException: Connection refused", "caused_by"),
                    ("\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)", "stack_frame"),
                    ("\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)", "stack_frame"),
                    ("\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)", "stack_frame"),
                    ("\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)", "stack_frame"),
                    ("\tat java.base/java.net.Socket.connect(Socket.java:751)", "stack_frame"),
                    ("\tat java.base/sun.net.NetworkClient.doConnect(NetworkClient.java:178)", "stack_frame"),
                    (f"\t... {g.num(3, 12)} more", "frames_more")])
            else:
                code = g.c([503, 502, 404])
                rec(CUI, "INFOS", f"Could not locate server among [{URL}]; waiting 10 seconds before retry", "could_not_locate", [
                    (f"java.io.IOException: {URL} is invalid: {code} {g.c(['Service Unavailable', 'Bad Gateway', 'Not Found'])}", "exception_line"),
                    ("\tat org.jenkinsci.remoting.engine.JnlpAgentEndpointResolver.resolve(JnlpAgentEndpointResolver.java:240)", "stack_frame"),
                    ("\tat hudson.remoting.Engine.innerRun(Engine.java:788)", "stack_frame"),
                    ("\tat hudson.remoting.Engine.run(Engine.java:563)", "stack_frame")])
            L.tick(10)
        connect()

    def ping_failed():
        if not st["up"]:
            return unreachable()
        ms = int(L.t.timestamp() * 1000)
        rec(("hudson.slaves.ChannelPinger$1", "onDead"), "GRAVE", f"Ping failed. Terminating the channel JNLP4-connect connection to {CTRL}.", "ping_failed", [
            (f"java.util.concurrent.TimeoutException: Ping started at {ms - 240000} hasn't completed by {ms}", "exception_line"),
            ("\tat hudson.remoting.PingThread.ping(PingThread.java:135)", "stack_frame"),
            ("\tat hudson.remoting.PingThread.run(PingThread.java:87)", "stack_frame")])
        rec(CUI, "INFOS", "Terminated", "terminated")
        st["up"] = False
        L.tick(10)
        if g.r.random() < 0.5:
            restart()
        else:
            unreachable()

    def controller_restart():
        if not st["up"]:
            return unreachable()
        rec(("hudson.remoting.Request$2", "run"), "AVERTISSEMENT",
            f"Failed to send back a reply to the request UserRequest:hudson.FilePath${g.c(['Read', 'Exists', 'LastModified', 'IsDirectory'])}@{g.hx(8)}: hudson.remoting.ChannelClosedException: "
            f"Channel \"hudson.remoting.Channel@{g.hx(8)}:JNLP4-connect connection to {CTRL}\": channel is already closed", "failed_send_reply")
        rec(CUI, "INFOS", "Terminated", "terminated")
        st["up"] = False
        L.tick(5)
        restart() if g.r.random() < 0.3 else unreachable()

    def anon():
        cls = g.c(["org.jenkinsci.plugins.gitclient.CliGitAPIImpl$1", "org.jenkinsci.plugins.gitclient.Git$1", "hudson.plugins.git.GitSCM$3",
                   "org.jenkinsci.plugins.durabletask.BourneShellScript$1", "com.cloudbees.jenkins.plugins.sshagent.ExecRemoteAgent$1"])
        rec(("org.jenkinsci.remoting.util.AnonymousClassWarnings", "warn"), "AVERTISSEMENT",
            f"Attempt to (de-)serialize anonymous class {cls}; see: https://jenkins.io/redirect/serialization-of-anonymous-classes/", "anonymous_class")

    def rates():
        def r():
            return f"{g.r.uniform(0, 400):.1f}±{g.r.uniform(0, 900):.1f}".replace(".", ",")
        rec(("hudson.remoting.RemoteInvocationHandler$Unexporter", "reportStats"), "INFOS",
            f"rate(1min) = {r()}/sec; rate(10min) = {r()}/sec; rate(1h) = {r()}/sec; rate(10h) = {r()}/sec; rate(total) = {r()}/sec; {g.num(10, 9000)} currently held", "rate_stats")

    def vetoers():
        rec(("hudson.util.ProcessTree", "get"), "AVERTISSEMENT", "Error while determining if vetoers exist", "vetoers", [
            (f"hudson.remoting.ChannelClosedException: Channel \"hudson.remoting.Channel@{g.hx(8)}:JNLP4-connect connection to {CTRL}\": Remote call on JNLP4-connect connection to {CTRL} failed. The channel is closing down or has closed down", "exception_line"),
            ("\tat hudson.remoting.Channel.call(Channel.java:1105)", "stack_frame"),
            ("\tat hudson.util.ProcessTree.getKillers(ProcessTree.java:187)", "stack_frame"),
            ("\tat hudson.util.ProcessTree$OSProcess.getKillers(ProcessTree.java:271)", "stack_frame"),
            ("\tat hudson.util.ProcessTree$OSProcess.killByKiller(ProcessTree.java:238)", "stack_frame"),
            ("\tat hudson.util.ProcessTree$Unix$UnixProcess.kill(ProcessTree.java:701)", "stack_frame"),
            ("\tat hudson.util.ProcessTree$Unix$UnixProcess.killRecursively(ProcessTree.java:712)", "stack_frame"),
            ("\tat hudson.util.ProcessTree$Unix.killAll(ProcessTree.java:632)", "stack_frame"),
            ("\tat hudson.Launcher$RemoteLauncher$KillTask.call(Launcher.java:1169)", "stack_frame"),
            ("Caused by: java.nio.channels.ClosedChannelException", "caused_by"),
            ("\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:155)", "stack_frame"),
            ("\tat org.jenkinsci.remoting.protocol.impl.BIONetworkLayer$Reader.run(BIONetworkLayer.java:256)", "stack_frame"),
            (f"\t... {g.num(3, 9)} more", "frames_more")])

    startup()
    ev = [(30, anon), (18, rates), (0.8, ping_failed), (0.8, controller_restart), (0.6, vetoers)]
    return L.run(slowed(L, ev, 1800), None)


# 9 ---------------------------------------------------------------- Windows Server 2022 (Azure VM, clock in UTC, en-US) Event Viewer: Application log, "Save All Events As..." CSV:
#   "Level,Date and Time,Source,Event ID,Task Category" (the description is a sixth, unnamed column, always quoted, spanning lines when it holds
#   line breaks), 12-hour clock "12/1/2026 10:00:00 AM", newest first: IIS/ASP.NET, SQL Server Express, WER crash reports, SPP, VSS
@checked
def log_eventviewer_csv(seed):
    L = Log("eventviewer_application_csv", seed, "full", True, True)
    g = L.g
    records = []
    LRM = "\u200e"

    def stamp(t):
        h12 = t.hour % 12 or 12
        return f"{t.month}/{t.day}/{t.year} {h12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"

    def rec(level, source, eid, task, lines):
        """lines: [(text, event)]; the first goes on the CSV row after the opening quote."""
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        rows = []
        body = [(text.replace('"', '""'), ev) for text, ev in lines]
        body[-1] = (body[-1][0] + '"', body[-1][1])
        first = f'{level},{stamp(L.t)},{source},{eid},{task},"{body[0][0]}'
        rows.append((first, body[0][1], L.t, level, source))
        for text, ev in body[1:]:
            rows.append((text, ev, L.t, level, source))
        records.append(rows)

    def spp():
        nxt = L.t + dt.timedelta(seconds=g.num(60, 90000))
        rec("Information", "Security-SPP", 16384, "None", [(f"Successfully scheduled Software Protection service for re-start at {nxt:%Y-%m-%dT%H:%M:%S}Z. Reason: {g.c(['RulesEngine', 'RulesEngine', 'TBL'])}.", "spp_scheduled")])

    def spp_cycle():
        rec("Information", "Security-SPP", 902, "None", [("The Software Protection service has started.", "spp_started"), ("10.0.20348.2849", "spp_version")])
        L.tick(30)
        rec("Information", "Security-SPP", 16394, "None", [("Offline downlevel migration succeeded.", "spp_migration")])
        L.tick(30)
        spp()
        rec("Information", "Security-SPP", 903, "None", [("The Software Protection service has stopped.", "spp_stopped")])

    def vss():
        rec("Information", "VSS", 8224, "None", [("The VSS service is shutting down due to idle timeout. ", "vss_idle")])

    def esent():
        n = g.num(1, 9)
        pid = g.num(2000, 9000)
        if g.r.random() < 0.5:
            rec("Information", "ESENT", 326, "General", [(f"svchost ({pid},D,0) SRUJet: The database engine attached a database ({n}, C:\\Windows\\system32\\SRU\\SRUDB.dat). (Time=0 seconds)", "esent_attached")])
        else:
            rec("Information", "ESENT", 327, "General", [(f"svchost ({pid},D,0) SRUJet: The database engine detached a database ({n}, C:\\Windows\\system32\\SRU\\SRUDB.dat). (Time=0 seconds)", "esent_detached")])

    def sql_login():
        ip = g.c(["203.0.113.45", "198.51.100.23", "185.220.101.7", "45.155.205.99", "91.240.118.30"])
        u, why = g.c([("sa", "Password did not match that for the login provided."), ("sa", "Password did not match that for the login provided."),
                      ("admin", "Could not find a login matching the name provided."), ("sql", "Could not find a login matching the name provided."),
                      ("backup", "Could not find a login matching the name provided.")])
        rec("Audit Failure", "MSSQL$SQLEXPRESS", 18456, "Logon", [(f"Login failed for user '{u}'. Reason: {why} [CLIENT: {ip}]", "sql_login_failed")])

    def sql_io():
        rec("Information", "MSSQL$SQLEXPRESS", 833, "Server", [(f"SQL Server has encountered {g.num(1, 40)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file "
                                                                 f"[C:\\Program Files\\Microsoft SQL Server\\MSSQL16.SQLEXPRESS\\MSSQL\\DATA\\{g.c(['PortalDB.mdf', 'PortalDB_log.ldf', 'tempdb.mdf'])}] in database id {g.c([2, 5, 6])}.  "
                                                                 "The OS file handle is 0x0000000000000ABC.  The offset of the latest long I/O is: 0x000000" + g.hx(8) + ".  The duration of the long I/O is: " + str(g.num(15000, 60000)) + " ms.", "sql_long_io")])

    def sql_backup():
        db = g.c(["PortalDB", "Hangfire", "AuditDB"])
        rec("Information", "MSSQL$SQLEXPRESS", 18264, "Backup", [(f"Database backed up. Database: {db}, creation date(time): 2025/03/14(09:12:44), pages dumped: {g.num(1000, 900000)}, first LSN: {g.num(100, 9000)}:{g.num(100, 9000)}:{g.num(1, 300)}, last LSN: {g.num(100, 9000)}:{g.num(100, 9000)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'D:\\Backup\\{db}_{L.t:%Y%m%d_%H%M}.bak'}}). This is an informational message only. No user action is required.", "sql_backed_up")])

    def crash():
        pid = g.num(1000, 60000)
        rid = g.uuid()
        exc = g.c([("System.Data.SqlClient.SqlException", "System.Data", "4.8.4690.0"), ("System.OutOfMemoryException", "mscorlib", "4.8.4739.0"),
                   ("System.StackOverflowException", "mscorlib", "4.8.4739.0")])
        rec("Error", ".NET Runtime", 1026, "None", [
            ("Application: w3wp.exe", "net_application"), ("Framework Version: v4.0.30319", "net_framework_version"),
            ("Description: The process was terminated due to an unhandled exception.", "net_description"), (f"Exception Info: {exc[0]}", "net_exception_info"),
            ("   at System.Data.SqlClient.SqlConnection.OnError(System.Data.SqlClient.SqlException, Boolean, System.Action`1<System.Action>)", "net_frame"),
            ("   at System.Data.SqlClient.TdsParser.TryRun(System.Data.SqlClient.RunBehavior, System.Data.SqlClient.SqlCommand, System.Data.SqlClient.SqlDataReader, System.Data.SqlClient.BulkCopySimpleResultSet, System.Data.SqlClient.TdsParserStateObject, Boolean ByRef)", "net_frame"),
            ("   at Portal.Jobs.NightlyExport.Run()", "net_frame"), ("   at System.Threading.ThreadHelper.ThreadStart()", "net_frame"), ("", "net_blank")])
        L.tick(0.5)
        rec("Error", "Application Error", 1000, "(100)", [
            (f"Faulting application name: w3wp.exe, version: 10.0.20348.1, time stamp: 0x{g.hx(8)}", "appcrash_app_name"),
            (f"Faulting module name: KERNELBASE.dll, version: 10.0.20348.2849, time stamp: 0x{g.hx(8)}", "appcrash_module_name"), ("Exception code: 0xe0434352", "appcrash_exception_code"),
            (f"Fault offset: 0x000000000003{g.hx(4)}", "appcrash_fault_offset"), (f"Faulting process id: 0x{pid:x}", "appcrash_process_id"),
            (f"Faulting application start time: 0x01db{g.hx(12)}", "appcrash_start_time"), ("Faulting application path: c:\\windows\\system32\\inetsrv\\w3wp.exe", "appcrash_app_path"),
            ("Faulting module path: C:\\Windows\\System32\\KERNELBASE.dll", "appcrash_module_path"), (f"Report Id: {rid}", "appcrash_report_id"),
            ("Faulting package full name: ", "appcrash_package_name"), ("Faulting package-relative application ID: ", "appcrash_package_app_id")])
        L.tick(2)
        bucket = g.num(10 ** 18, 9 * 10 ** 18)
        rec("Information", "Windows Error Reporting", 1001, "None", [
            (f"Fault bucket {bucket}, type 5", "wer_fault_bucket"), ("Event Name: CLR20r3", "wer_event_name"), ("Response: Not available", "wer_response"), ("Cab Id: 0", "wer_cab_id"),
            ("", "wer_blank"), ("Problem signature:", "wer_problem_signature"), ("P1: w3wp.exe", "wer_p"), ("P2: 10.0.20348.1", "wer_p"), (f"P3: {g.hx(8)}", "wer_p"),
            (f"P4: {exc[1]}", "wer_p"), (f"P5: {exc[2]}", "wer_p"), (f"P6: {g.hx(8)}", "wer_p"), (f"P7: {g.hx(4)}", "wer_p"), (f"P8: {g.hx(2)}", "wer_p"), (f"P9: {exc[0]}", "wer_p"),
            ("P10: ", "wer_p"), ("", "wer_blank"), ("Attached files:", "wer_attached"), (f"\\\\?\\C:\\ProgramData\\Microsoft\\Windows\\WER\\Temp\\WER{g.HX(4)}.tmp.WERInternalMetadata.xml", "wer_file"),
            ("", "wer_blank"), ("These files may be available here:", "wer_available_here"),
            (f"\\\\?\\C:\\ProgramData\\Microsoft\\Windows\\WER\\ReportArchive\\Critical_w3wp.exe_{g.hx(40)}_{g.hx(8)}_{g.uuid()}", "wer_file"), ("", "wer_blank"),
            ("Analysis symbol: ", "wer_analysis_symbol"), ("Rechecking for solution: 0", "wer_rechecking"), (f"Report Id: {rid}", "wer_report_id"), ("Report Status: 268435456", "wer_report_status"),
            (f"Hashed bucket: {g.hx(32)}", "wer_hashed_bucket"), ("Cab Guid: 0", "wer_cab_guid")])

    def webevent():
        ip = g.ip("pub")
        path = g.c(["/api/files/C:/windows/win.ini", "/cgi-bin/.%2e/.%2e/bin/sh", "/Account/Login?ReturnUrl=<script>", "/wp-admin/install.php?x=<a>", "/api/export:csv"])
        msg = "A potentially dangerous Request.Path value was detected from the client (:)." if ":" in path.split("?")[0] else "A potentially dangerous Request.QueryString value was detected from the client (ReturnUrl=\"<script>\")."
        seq = g.num(100, 9000)
        lt = stamp(L.t)
        lines = [("Event code: 3005 ", "asp_event_code"), ("Event message: An unhandled exception has occurred. ", "asp_event_message"), (f"Event time: {lt} ", "asp_event_time"),
                 (f"Event time (UTC): {lt} ", "asp_event_time_utc"), (f"Event ID: {g.hx(32)} ", "asp_event_id"), (f"Event sequence: {seq} ", "asp_event_sequence"),
                 (f"Event occurrence: {g.num(1, 90)} ", "asp_event_occurrence"), ("Event detail code: 0 ", "asp_event_detail_code"), (" ", "asp_blank"),
                 ("Application information: ", "asp_section_application"), (f"    Application domain: /LM/W3SVC/2/ROOT-1-1339{g.num(10 ** 13, 10 ** 14 - 1)} ", "asp_app_domain"),
                 ("    Trust level: Full ", "asp_trust_level"), ("    Application Virtual Path: / ", "asp_virtual_path"), ("    Application Path: C:\\inetpub\\portal\\ ", "asp_app_path"),
                 ("    Machine name: APP01 ", "asp_machine_name"), (" ", "asp_blank"), ("Process information: ", "asp_section_process"), (f"    Process ID: {g.num(1000, 9000)} ", "asp_process_id"),
                 ("    Process name: w3wp.exe ", "asp_process_name"), ("    Account name: IIS APPPOOL\\Portal ", "asp_account_name"), (" ", "asp_blank"),
                 ("Exception information: ", "asp_section_exception"), ("    Exception type: HttpException ", "asp_exception_type"), (f"    Exception message: {msg}", "asp_exception_message"),
                 ("   at System.Web.HttpRequest.ValidateInputIfRequiredByConfig()", "asp_frame"),
                 ("   at System.Web.HttpApplication.PipelineStepManager.ValidateHelper(HttpContext context)", "asp_frame"), ("", "asp_empty"), (" ", "asp_blank"),
                 ("Request information: ", "asp_section_request"), (f"    Request URL: https://portal.example.com{path} ", "asp_request_url"), (f"    Request path: {path.split('?')[0]} ", "asp_request_path"),
                 (f"    User host address: {ip} ", "asp_user_host"), ("    User:  ", "asp_user"), ("    Is authenticated: False ", "asp_is_authenticated"),
                 ("    Authentication Type:  ", "asp_auth_type"), ("    Thread account name: IIS APPPOOL\\Portal ", "asp_thread_account"), (" ", "asp_blank"),
                 ("Thread information: ", "asp_section_thread"), (f"    Thread ID: {g.num(5, 90)} ", "asp_thread_id"), ("    Thread account name: IIS APPPOOL\\Portal ", "asp_thread_account"),
                 ("    Is impersonating: False ", "asp_is_impersonating"), ("    Stack trace:    at System.Web.HttpRequest.ValidateInputIfRequiredByConfig()", "asp_stack_trace"),
                 ("   at System.Web.HttpApplication.PipelineStepManager.ValidateHelper(HttpContext context)", "asp_frame"), (" ", "asp_blank"), (" ", "asp_blank"),
                 ("Custom event details: ", "asp_custom_details"), ("", "asp_empty")]
        rec("Warning", "ASP.NET 4.0.30319.0", 1309, "Web Event", lines)

    def msi():
        prod, ver = g.c([("Microsoft Edge", "131.0.2903.70"), ("Microsoft Edge", "131.0.2903.86"), ("Microsoft Edge Update", "1.3.195.39"), ("Azure Monitor Agent", "1.32.0.0")])
        rec("Information", "MsiInstaller", 11707, "None", [(f"Product: {prod} -- Installation completed successfully.", "msi_install_completed")])
        rec("Information", "MsiInstaller", 1033, "None", [(f"Windows Installer installed the product. Product Name: {prod}. Product Version: {ver}. Product Language: 1033. Manufacturer: Microsoft Corporation. Installation success or error status: 0.", "msi_installed")])

    def restartmgr():
        s = g.num(0, 3)
        t = L.t
        iso = LRM + f"{LRM}-{LRM}".join([f"{t:%Y}", f"{t:%m}", f"{t:%d}T{t:%H:%M:%S}.{us6(t)}{g.num(0, 9)}00Z"])
        rec("Information", "Microsoft-Windows-RestartManager", 10000, "None", [(f"Starting session {s} - {iso}.", "rm_starting")])
        L.tick(4)
        rec("Information", "Microsoft-Windows-RestartManager", 10001, "None", [(f"Ending session {s} started {iso}.", "rm_ending")])

    def profile_leak():
        sid = f"S-1-5-21-{g.num(10 ** 9, 4 * 10 ** 9)}-{g.num(10 ** 9, 4 * 10 ** 9)}-{g.num(10 ** 9, 4 * 10 ** 9)}-{g.num(1000, 1200)}"
        rec("Warning", "Microsoft-Windows-User Profiles Service", 1530, "None", [
            ("Windows detected your registry file is still in use by other applications or services. The file will be unloaded now. The applications or services that hold your registry file may not function properly afterwards.  ", "profile_registry_in_use"),
            ("", "profile_blank"), (" DETAIL - ", "profile_detail"), (f" {g.num(1, 4)} user registry handles leaked from \\Registry\\User\\{sid}:", "profile_handles_leaked"),
            (f"Process {g.num(1000, 9000)} (\\Device\\HarddiskVolume2\\Windows\\System32\\svchost.exe) has opened key \\REGISTRY\\USER\\{sid}\\Software\\Microsoft\\Windows\\CurrentVersion\\{g.c(['Explorer', 'Internet Settings', 'CloudStore'])}", "profile_process_opened_key"),
            ("", "profile_blank")])

    def ancm():
        site, root = g.c([("/LM/W3SVC/3/ROOT", "C:\\inetpub\\api\\"), ("/LM/W3SVC/4/ROOT", "C:\\inetpub\\hooks\\")])
        if g.r.random() < 0.5:
            rec("Information", "IIS AspNetCore Module V2", 1001, "None", [(f"Application '{site}' started successfully.", "ancm_started")])
        else:
            rec("Information", "IIS AspNetCore Module V2", 1006, "None", [(f"Application '{site}' with physical root '{root}' has shutdown.", "ancm_shutdown")])

    def winlogon():
        rec("Information", "Winlogon", 6000, "None", [(f"The winlogon notification subscriber <{g.c(['SessionEnv', 'TrustedInstaller', 'GPClient'])}> was unavailable to handle a notification event.", "winlogon_unavailable")])

    ev = [(14, spp), (2, spp_cycle), (10, vss), (6, esent), (40, sql_login), (3, sql_io), (3, sql_backup), (1, crash), (2.5, webevent), (1, msi), (3, restartmgr), (1, profile_leak),
          (3, ancm), (2, winlogon)]
    weights = [w for w, _ in ev]
    fns = [f for _, f in ev]
    while sum(len(r) for r in records) < N_LINES:
        L.tick(300)
        g.r.choices(fns, weights)[0]()
    L.rows = [("Level,Date and Time,Source,Event ID,Task Category", "csv_header", records[-1][0][2], None, None)]
    for r in reversed(records):
        L.rows.extend(r)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Terraria 1.4.4.9 vanilla dedicated server (TerrariaServer.bin.x86_64 -config serverconfig.txt) in tmux,
#   `pipe-pane` to a file, a week of a friends' world: no time, no level; world loading, joins and leaves, chat, deaths, bosses and invasions,
#   the admin's console commands and their answers, saves, restarts
@checked
def log_terraria(seed):
    L = Log("terraria_server_console", seed, None, False, False)
    g = L.g
    players = ["Mara", "Tobbe", "xXShadowXx", "Lina", "Kev", "Bjorn", "ella_m", "Ruddy", "Noctis", "Pip"]
    ips = {p: f"{g.c(['84.', '31.', '90.', '213.'])}{g.num(1, 250)}.{g.num(1, 250)}.{g.num(1, 250)}" for p in players}
    online = set()
    mobs = ["Zombie", "Demon Eye", "Cave Bat", "Skeleton", "Blue Slime", "Eater of Souls", "Harpy", "Hornet", "Man Eater", "Antlion", "Wall Creeper", "Corrupt Bunny"]
    bosses = ["Eye of Cthulhu", "Eater of Worlds", "Brain of Cthulhu", "Skeletron", "Queen Bee", "Deerclops", "King Slime", "Wall of Flesh"]
    npcs = [("Andrew", "Guide"), ("Bridget", "Nurse"), ("Seymour", "Merchant"), ("Dolbere", "Demolitionist"), ("Frankie", "Arms Dealer"), ("Zelda", "Dryad"), ("Grodax", "Goblin Tinkerer")]
    chat = ["hi", "o/", "anyone got a pickaxe?", "brb", "lol", "where is the hellevator", "need help with EoC", "gg", "who took my chest stuff", "night guys",
            "omw", "follow me", "TP me pls", "i have 40 mana crystals", "nice", "dont break the house pls", "how do you get a reaver shark", "meteor landed east!",
            "bring potions", "im dead again", "ty", "afk 5", "ok back", "this world is cursed", "wof tonight?", "the crimson is spreading into the jungle"]

    def ln(text, ev):
        L.emit(text, ev)

    def progress(label, ev, step=None):
        p = 0
        while p < 100:
            ln(f"{label} {p}%", ev)
            p += step or g.num(8, 25)
        ln(f"{label} 100%", ev)

    def boot():
        ln("Terraria Server v1.4.4.9", "server_banner")
        ln("", "blank")
        progress("Resetting game objects", "resetting_objects")
        progress("Loading world data:", "loading_world")
        progress("Settling liquids", "settling_liquids")
        ln("Listening on port 7777", "listening")
        ln("Type 'help' for a list of commands.", "type_help")
        ln("", "blank")
        ln(": Server started", "server_started")

    def join():
        off = [p for p in players if p not in online]
        if not off:
            return leave()
        p = g.c(off)
        ln(f"{ips[p]}:{g.port()} is connecting...", "connecting")
        if g.r.random() < 0.05:
            ln(f"{ips[p]}:{g.port()} was booted: {g.c(['Invalid operation at this state.', 'You are not using the same version as this server.'])}", "booted")
            return
        L.tick(2)
        ln(f"{p} has joined.", "joined")
        online.add(p)

    def leave():
        if not online:
            return join()
        p = g.c(sorted(online))
        online.discard(p)
        ln(f"{p} has left.", "left")

    def say():
        if not online:
            return join()
        ln(f"<{g.c(sorted(online))}> {g.c(chat)}", "chat")

    def death():
        if not online:
            return join()
        p = g.c(sorted(online))
        m = g.c(mobs)
        r = g.r.random()
        if r < 0.45:
            ln(f"{p} was slain by {m}.", "slain_by")
        elif r < 0.6:
            ln(f"{p} fell to their death.", "fell_to_death")
        elif r < 0.7:
            ln(f"{p} drowned.", "drowned")
        elif r < 0.78:
            ln(f"{p} tried to swim in lava.", "swim_in_lava")
        elif r < 0.86:
            ln(f"{p} was eviscerated by {m}.", "eviscerated_by")
        elif r < 0.93:
            ln(f"{p}'s legs appeared where their head should be.", "legs_head")
        else:
            ln(f"{p} was slain by {g.c(sorted(online))}'s {g.c(['Grenade', 'Dynamite', 'Bomb'])}.", "slain_by_item")

    def boss():
        b = g.c(bosses)
        if b == "Eye of Cthulhu" and g.r.random() < 0.5:
            ln("You feel an evil presence watching you...", "evil_presence")
            L.tick(120)
        ln(f"{b} has awoken!", "boss_awoken")
        for _ in range(g.num(1, 5)):
            L.tick(20)
            death()
        L.tick(60)
        if g.r.random() < 0.65:
            ln(f"{b} has been defeated!", "boss_defeated")
        elif g.r.random() < 0.5:
            ln(f"{b} has departed!", "boss_departed")

    def event():
        r = g.r.random()
        if r < 0.35:
            ln("The Blood Moon is rising...", "blood_moon")
        elif r < 0.55:
            if g.r.random() < 0.5:
                ln("A goblin army is approaching from the west!", "goblins_west")
            else:
                ln("A goblin army is approaching from the east!", "goblins_east")
            L.tick(300)
            ln("The goblin army has been defeated!", "goblins_defeated")
        elif r < 0.7:
            ln("Slime is falling from the sky!", "slime_rain")
            L.tick(400)
            ln("Slime has stopped falling from the sky.", "slime_rain_stop")
        elif r < 0.8:
            ln("A meteorite has landed!", "meteorite")
        elif r < 0.85:
            ln("A horrible chill goes down your spine...", "horrible_chill")
        elif r < 0.9:
            ln("The party is over!", "party_over")
        else:
            ln("The air is getting colder around you...", "air_colder")

    def npc():
        n, t = g.c(npcs)
        if g.r.random() < 0.6:
            ln(f"{n} the {t} has arrived!", "npc_arrived")
        else:
            ln(f"{n} the {t} was slain by {g.c(mobs)}.", "npc_slain_by")

    def admin():
        c = g.r.random()
        if c < 0.35:
            ln(": ", "prompt")
            for p in sorted(online):
                ln(f"{p} ({ips[p]}:{g.port()})", "playing_entry")
            ln(f"{len(online)} player{'s' if len(online) != 1 else ''} connected.", "players_connected")
        elif c < 0.55:
            h = g.num(1, 12)
            ln(f": Time: {h}:{g.num(0, 59):02d} {g.c(['AM', 'PM'])}", "time_answer")
        elif c < 0.75:
            ln(f"<Server> {g.c(['restart in 5 min', 'backup tonight at 3', 'pls no griefing', 'new world next week?', 'save incoming'])}", "server_say")
        else:
            save()

    def save():
        ln(": ", "prompt")
        progress("Saving world data:", "saving_world", step=g.num(20, 40))
        progress("Validating world save:", "validating_save", step=g.num(25, 50))
        ln("Backing up world file", "backing_up")

    def restart():
        ln("<Server> restarting for update in 1 minute", "server_say")
        L.tick(60)
        ln(": exit", "exit_command")
        progress("Saving world data:", "saving_world", step=g.num(20, 40))
        progress("Validating world save:", "validating_save", step=g.num(25, 50))
        ln("Backing up world file", "backing_up")
        online.clear()
        L.tick(40)
        boot()

    boot()
    ev = [(12, join), (11, leave), (40, say), (12, death), (1.2, boss), (1.5, event), (2, npc), (2.5, admin), (0.25, restart)]
    return L.run(slowed(L, ev, 40), None)


# 11 --------------------------------------------------------------- HTCondor 23.0 job event log (the user log of a DAGMan workflow, align.dag.nodes.log) on a campus pool:
#   each event is "NNN (cluster.proc.subproc) YYYY-MM-DD HH:MM:SS <text>", body lines indented with tabs or spaces, and a "..." line;
#   submits, file transfers, executions, image-size updates, terminations with their usage tables, holds for memory, releases, evictions
@checked
def log_htcondor(seed):
    import heapq
    L = Log("htcondor_job_event_log", seed, "full", False, False)
    g = L.g
    SCHEDD = "<10.0.0.5:9618?addrs=10.0.0.5-9618&alias=submit.example.edu&noUDP&sock=schedd_2154_8a1c>"
    nodes = [(f"cn{i:03d}.example.edu", f"10.0.3.{i}") for i in range(1, 48)]
    users = ["alice", "condor_pool"]
    q = []
    st = {"cluster": g.num(81000, 82000), "seq": 0, "sample": 1}

    def at(t, fn):
        st["seq"] += 1
        heapq.heappush(q, (t, st["seq"], fn))

    def ev(code, job, text, e, body=()):
        L.emit(f"{code:03d} ({job['c']}.{0:03d}.{0:03d}) {L.t:%Y-%m-%d %H:%M:%S} {text}", e)
        for b, be in body:
            L.emit(b, be)
        L.emit("...", "record_end")

    def startd(n):
        h, ip = n
        return f"<{ip}:9618?addrs={ip}-9618&alias={h}&noUDP&sock=startd_{g.num(1000, 9999)}_{g.hx(4)}>"

    def hms(s):
        return f"{s // 86400} {s % 86400 // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"

    def usage(run_u, run_s, tot_u, tot_s):
        return [(f"\t\tUsr {hms(run_u)}, Sys {hms(run_s)}  -  Run Remote Usage", "run_remote_usage"), ("\t\tUsr 0 00:00:00, Sys 0 00:00:00  -  Run Local Usage", "run_local_usage"),
                (f"\t\tUsr {hms(tot_u)}, Sys {hms(tot_s)}  -  Total Remote Usage", "total_remote_usage"), ("\t\tUsr 0 00:00:00, Sys 0 00:00:00  -  Total Local Usage", "total_local_usage")]

    def nbytes(s, r, ts, tr):
        return [(f"\t{s}  -  Run Bytes Sent By Job", "run_bytes_sent"), (f"\t{r}  -  Run Bytes Received By Job", "run_bytes_received"),
                (f"\t{ts}  -  Total Bytes Sent By Job", "total_bytes_sent"), (f"\t{tr}  -  Total Bytes Received By Job", "total_bytes_received")]

    def submit(t):
        st["cluster"] += 1
        st["sample"] += 1
        job = {"c": st["cluster"], "node": f"{g.c(['align', 'align', 'sort', 'call_variants', 'qc'])}_S{st['sample']:04d}", "cpus": g.c([1, 4, 4, 8]),
               "mem": g.c([2048, 4096, 8192, 16384]), "disk": g.c([1048576, 10485760, 20971520]), "run": 0, "tot": 0, "tries": 0}
        L.t = t
        ev(0, job, f"Job submitted from host: {SCHEDD}", "submitted", [(f"    DAG Node: {job['node']}", "dag_node")])
        at(t + dt.timedelta(seconds=g.num(20, 2400)), lambda tt: transfer_in(job, tt))

    def transfer_in(job, t):
        job["n"] = g.c(nodes)
        job["slot"] = f"slot1_{g.num(1, 12)}@{job['n'][0]}"
        L.t = t
        ev(40, job, "Started transferring input files", "file_transfer", [(f"\tTransferring to host: {startd(job['n'])}", "transferring_to_host")])
        if g.r.random() < 0.03:
            at(t + dt.timedelta(seconds=g.num(2, 60)), lambda tt: held(job, tt, "transfer"))
            return
        def fin(tt):
            L.t = tt
            ev(40, job, "Finished transferring input files", "file_transfer")
            at(tt + dt.timedelta(seconds=g.num(1, 5)), lambda t2: execute(job, t2))
        at(t + dt.timedelta(seconds=g.num(1, 90)), fin)

    def execute(job, t):
        L.t = t
        ev(1, job, f"Job executing on host: {startd(job['n'])}", "executing", [
            (f"\tSlotName: {job['slot']}", "slot_name"), (f"\tCondorScratchDir = \"/var/lib/condor/execute/dir_{g.num(10000, 999999)}\"", "ad_attribute"),
            (f"\tCpus = {job['cpus']}", "ad_attribute"), (f"\tDisk = {job['disk']}", "ad_attribute"), (f"\tMemory = {job['mem']}", "ad_attribute")])
        job["start"] = t
        job["done"] = False
        dur = g.num(300, 14000)
        job["dur"] = dur
        k = t
        for _ in range(min(6, dur // 600)):
            k = k + dt.timedelta(seconds=g.num(300, 900))
            at(k, lambda tt: imagesize(job, tt))
        r = g.r.random()
        end = t + dt.timedelta(seconds=dur)
        if r < 0.07:
            at(end, lambda tt: held(job, tt, "memory"))
        elif r < 0.11:
            at(t + dt.timedelta(seconds=dur // 2), lambda tt: evicted(job, tt))
        elif r < 0.13:
            at(t + dt.timedelta(seconds=dur // 3), lambda tt: disconnected(job, tt))
        elif r < 0.15:
            at(t + dt.timedelta(seconds=g.num(1, 30)), lambda tt: shadow_exception(job, tt))
        else:
            at(end, lambda tt: transfer_out(job, tt))

    def imagesize(job, t):
        if job.get("done") or "start" not in job or t > job["start"] + dt.timedelta(seconds=job["dur"]):
            return
        L.t = t
        mb = g.num(job["mem"] // 10, int(job["mem"] * 0.9))
        ev(6, job, f"Image size of job updated: {mb * 1024 + g.num(0, 999)}", "image_size", [(f"\t{mb}  -  MemoryUsage of job (MB)", "memory_usage"),
                                                                                            (f"\t{mb * 1024 - g.num(0, 9999)}  -  ResidentSetSize of job (KB)", "resident_set_size")])

    def transfer_out(job, t):
        L.t = t
        ev(40, job, "Started transferring output files", "file_transfer")
        def fin(tt):
            L.t = tt
            ev(40, job, "Finished transferring output files", "file_transfer")
            at(tt + dt.timedelta(seconds=g.num(0, 3)), lambda t2: terminated(job, t2))
        at(t + dt.timedelta(seconds=g.num(1, 120)), fin)

    def table(job, used_cpu):
        dk = g.num(1000, job["disk"] // 2)
        mb = g.num(job["mem"] // 10, int(job["mem"] * 0.9))
        return [("\tPartitionable Resources :    Usage  Request Allocated ", "resources_header"),
                (f"\t   Cpus                 : {used_cpu:8.2f} {job['cpus']:8d} {job['cpus']:9d} ", "resources_row"),
                (f"\t   Disk (KB)            : {dk:8d} {job['disk']:8d} {job['disk'] + g.num(1000, 90000):9d} ", "resources_row"),
                (f"\t   Memory (MB)          : {mb:8d} {job['mem']:8d} {job['mem']:9d} ", "resources_row")]

    def terminated(job, t):
        L.t = t
        job["done"] = True
        u = int(job["dur"] * job["cpus"] * g.r.uniform(0.5, 0.98))
        s = g.num(1, max(2, job["dur"] // 20))
        job["tot"] += u
        rc = 0 if g.r.random() < 0.93 else g.c([1, 2, 137])
        sent, recv = g.num(10 ** 5, 10 ** 9), g.num(10 ** 6, 10 ** 10)
        body = [(f"\t(1) Normal termination (return value {rc})", "normal_termination")] + usage(u, s, job["tot"], s) + nbytes(sent, recv, sent, recv) + \
            table(job, u / job["dur"]) + [(f"\tJob terminated of its own accord at {t:%Y-%m-%dT%H:%M:%S}Z with exit-code {rc}.", "terminated_accord")]
        ev(5, job, "Job terminated.", "terminated", body)

    def held(job, t, why):
        L.t = t
        job["done"] = True
        if why == "memory":
            reason = (f"\tError from {job['slot']}: Job has gone over cgroup memory limit of {job['mem']} megabytes. Last measured usage: {job['mem'] + g.num(1, 900)} megabytes.  "
                      "Consider resubmitting with a higher request_memory.", "hold_reason")
            code = "\tCode 34 Subcode 0"
        else:
            reason = (f"\tTransfer input files failure at execution point {job['slot']} using protocol https. Details: reading from file /staging/alice/refs/GRCh38.fa.gz: "
                      f"(errno {g.c([2, 13])}) {g.c(['No such file or directory', 'Permission denied'])}", "hold_reason")
            code = f"\tCode 13 Subcode {g.c([2, 13])}"
        ev(12, job, "Job was held.", "held", [reason, (code, "hold_code")])
        if g.r.random() < 0.7:
            def rel(tt):
                L.t = tt
                job["done"] = False
                if why == "memory":
                    job["mem"] *= 2
                ev(13, job, "Job was released.", "released", [(f"\tvia condor_release (by user {users[0]})", "release_reason")])
                at(tt + dt.timedelta(seconds=g.num(30, 1200)), lambda t2: transfer_in(job, t2))
            at(t + dt.timedelta(seconds=g.num(300, 20000)), rel)
        else:
            def ab(tt):
                L.t = tt
                ev(9, job, "Job was aborted.", "aborted", [(f"\tvia condor_rm (by user {users[0]})", "abort_reason")])
            at(t + dt.timedelta(seconds=g.num(300, 20000)), ab)

    def evicted(job, t):
        L.t = t
        job["done"] = True
        u = int((t - job["start"]).total_seconds() * job["cpus"] * 0.8)
        job["tot"] += u
        ev(4, job, "Job was evicted.", "evicted", [("\t(0) Job was not checkpointed.", "not_checkpointed")] + usage(u, g.num(1, 90), job["tot"], g.num(1, 90))[:2] +
           [("\t0  -  Run Bytes Sent By Job", "run_bytes_sent"), (f"\t{g.num(10 ** 6, 10 ** 9)}  -  Run Bytes Received By Job", "run_bytes_received")])
        at(t + dt.timedelta(seconds=g.num(60, 3000)), lambda tt: transfer_in(job, tt))

    def disconnected(job, t):
        L.t = t
        ev(22, job, "Job disconnected, attempting to reconnect", "disconnected", [("    Socket between submit and execute hosts closed unexpectedly", "disconnect_reason"),
                                                                                  (f"    Trying to reconnect to {job['slot']} {startd(job['n'])}", "trying_reconnect")])
        if g.r.random() < 0.6:
            at(t + dt.timedelta(seconds=g.num(5, 300)), lambda tt: reconnected(job, tt))
        else:
            at(t + dt.timedelta(seconds=2400), lambda tt: reconnect_failed(job, tt))

    def reconnected(job, t):
        L.t = t
        ev(23, job, f"Job reconnected to {job['slot']}", "reconnected", [(f"    startd address: {startd(job['n'])}", "startd_address"),
                                                                         (f"    starter address: <{job['n'][1]}:9618?addrs={job['n'][1]}-9618&alias={job['n'][0]}&noUDP&sock=slot1_{g.num(1, 12)}_{g.num(1000, 9999)}_{g.hx(4)}_{g.num(100, 999)}>", "starter_address")])
        at(max(t + dt.timedelta(seconds=1), job["start"] + dt.timedelta(seconds=job["dur"])), lambda tt: transfer_out(job, tt))

    def reconnect_failed(job, t):
        L.t = t
        job["done"] = True
        ev(24, job, "Job reconnection failed", "reconnect_failed", [("    Job disconnected too long: JobLeaseDuration (2400 seconds) expired", "reconnect_failed_reason"),
                                                                   (f"    Can not reconnect to {job['slot']}, rescheduling job", "rescheduling")])
        at(L.t + dt.timedelta(seconds=g.num(60, 900)), lambda tt: transfer_in(job, tt))

    def shadow_exception(job, t):
        L.t = t
        job["done"] = True
        ev(7, job, "Shadow exception!", "shadow_exception", [(f"\tError from {job['slot']}: Failed to execute '/home/alice/pipeline/bin/{job['node'].split('_S')[0]}.sh': (errno=13: 'Permission denied')", "shadow_error"),
                                                              ("\t0  -  Run Bytes Sent By Job", "run_bytes_sent"), (f"\t{g.num(10 ** 5, 10 ** 8)}  -  Run Bytes Received By Job", "run_bytes_received")])
        at(t + dt.timedelta(seconds=g.num(60, 600)), lambda tt: transfer_in(job, tt))

    t = L.t
    for _ in range(400):
        n = g.c([1, 1, 1, 4, 12, 30])
        for _ in range(n):
            at(t, lambda tt: submit(tt))
            t += dt.timedelta(seconds=g.num(0, 2))
        t += dt.timedelta(seconds=g.num(60, 1800))
    while len(L.rows) < N_LINES and q:
        tt, _, fn = heapq.heappop(q)
        fn(tt)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Hugging Face Transformers 4.46 `run_clm.py` fine-tuning sweep (--log_level info --disable_tqdm True), a shell
#   loop over models and learning rates, stdout+stderr appended to sweep.log: the script's own logging ("%m/%d/%Y %H:%M:%S - LEVEL - name -
#   message"), transformers' explicit format ("[LEVEL|file.py:line] YYYY-mm-dd HH:MM:SS,mmm >> message"), config dumps, metric dicts, an OOM
@checked
def log_hf_trainer(seed):
    L = Log("hf_trainer_sweep", seed, "full", True, True)
    g = L.g
    CACHE = "/root/.cache/huggingface/hub"
    runs = [("gpt2", "GPT2", 124439808), ("distilgpt2", "GPT2", 81912576), ("EleutherAI/pythia-160m", "GPTNeoX", 162322944), ("gpt2-medium", "GPT2", 354823168)]
    st = {"run": 0}

    def py(lv, name, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{L.t:%m/%d/%Y %H:%M:%S} - {lv} - {name} - {msg}", ev, lv, name)
        for text, e in cont:
            L.emit(text, e, lv, name)

    def tf(lv, loc, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 120))
        f = loc.split(":")[0]
        L.emit(f"[{lv}|{loc}] {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} >> {msg}", ev, lv, f)
        for text, e in cont:
            L.emit(text, e, lv, f)

    def out(text, ev):
        L.emit(text, ev)

    def snap(model):
        return f"{CACHE}/models--{model.replace('/', '--')}/snapshots/{g.hx(40)}"

    def targs(outdir, lr, bs, ga, fp16):
        fields = {"_n_gpu": 1, "accelerator_config": "{'split_batches': False, 'dispatch_batches': None, 'even_batches': True, 'use_seedable_sampler': True, 'non_blocking': False, 'gradient_accumulation_kwargs': None}",
                  "adafactor": False, "adam_beta1": 0.9, "adam_beta2": 0.999, "adam_epsilon": "1e-08", "auto_find_batch_size": False, "bf16": False, "dataloader_num_workers": 4,
                  "ddp_backend": None, "do_eval": True, "do_train": True, "eval_accumulation_steps": None, "eval_steps": 200, "eval_strategy": "IntervalStrategy.STEPS", "fp16": fp16,
                  "gradient_accumulation_steps": ga, "gradient_checkpointing": False, "greater_is_better": None, "learning_rate": lr, "load_best_model_at_end": False,
                  "log_level": "info", "logging_dir": f"{outdir}/runs/{L.t:%b%d_%H-%M-%S}_gpu-box-03", "logging_first_step": False, "logging_steps": 20,
                  "logging_strategy": "IntervalStrategy.STEPS", "lr_scheduler_type": "SchedulerType.LINEAR", "max_grad_norm": 1.0, "max_steps": -1, "num_train_epochs": 3.0,
                  "optim": "OptimizerNames.ADAMW_TORCH", "output_dir": outdir, "overwrite_output_dir": True, "per_device_eval_batch_size": bs, "per_device_train_batch_size": bs,
                  "report_to": "[]", "run_name": outdir, "save_steps": 400, "save_strategy": "IntervalStrategy.STEPS", "save_total_limit": 2, "seed": 42, "warmup_ratio": 0.0, "warmup_steps": 0,
                  "weight_decay": 0.0}
        return [(f"{k}={v},", "training_args_field") for k, v in fields.items()] + [(")", "training_args_close")]

    def config_dump(cls, arch):
        if arch == "GPTNeoX":
            keys = [("_name_or_path", f"\"{st['model']}\""), ("architectures", None), ("attention_bias", "true"), ("attention_dropout", "0.0"), ("bos_token_id", "0"),
                    ("classifier_dropout", "0.1"), ("eos_token_id", "0"), ("hidden_act", "\"gelu\""), ("hidden_dropout", "0.0"), ("hidden_size", "768"),
                    ("initializer_range", "0.02"), ("intermediate_size", "3072"), ("layer_norm_eps", "1e-05"), ("max_position_embeddings", "2048"),
                    ("model_type", "\"gpt_neox\""), ("num_attention_heads", "12"), ("num_hidden_layers", "12"), ("rope_scaling", "null"), ("rotary_emb_base", "10000"),
                    ("rotary_pct", "0.25"), ("tie_word_embeddings", "false"), ("torch_dtype", "\"float16\""), ("transformers_version", "\"4.46.3\""), ("use_cache", "true"),
                    ("use_parallel_residual", "true"), ("vocab_size", "50304")]
        else:
            keys = [("_name_or_path", f"\"{st['model']}\""), ("activation_function", "\"gelu_new\""), ("architectures", None), ("attn_pdrop", "0.1"), ("bos_token_id", "50256"),
                    ("embd_pdrop", "0.1"), ("eos_token_id", "50256"), ("initializer_range", "0.02"), ("layer_norm_epsilon", "1e-05"), ("model_type", f"\"{arch.lower()}\""),
                    ("n_ctx", "1024"), ("n_embd", "768"), ("n_head", "12"), ("n_layer", "12"), ("n_positions", "1024"), ("resid_pdrop", "0.1"), ("task_specific_params", "tsp"),
                    ("torch_dtype", "\"float32\""), ("transformers_version", "\"4.46.3\""), ("use_cache", "true"), ("vocab_size", "50257")]
        lines = []
        for i, (k, v) in enumerate(keys):
            comma = "," if i < len(keys) - 1 else ""
            if v is None:
                lines += [(f"  \"{k}\": [", "json_open_list"), (f"    \"{cls}\"", "json_list_item"), (f"  ]{comma}", "json_close")]
            elif v == "tsp":
                lines += [(f"  \"{k}\": {{", "json_open_object"), ("    \"text-generation\": {", "json_open_object"), ("      \"do_sample\": true,", "json_kv"),
                          ("      \"max_length\": 50", "json_kv"), ("    }", "json_close"), (f"  }}{comma}", "json_close")]
            else:
                lines.append((f"  \"{k}\": {v}{comma}", "json_kv"))
        return lines + [("}", "json_close"), ("", "blank")]

    def evaluate(step, epoch, outdir, bs, final=False, base=3.0):
        tf("INFO", "trainer.py:4117", "", "running_evaluation_nl", [("***** Running Evaluation *****", "running_evaluation")])
        tf("INFO", "trainer.py:4119", "  Num examples = 240", "num_examples_eval")
        tf("INFO", "trainer.py:4122", f"  Batch size = {bs}", "batch_size")
        L.tick(g.r.uniform(3, 12))
        loss = base + g.r.uniform(-0.12, 0.04)
        rt = g.r.uniform(3, 12)
        out(str({"eval_loss": loss, "eval_accuracy": g.r.uniform(0.36, 0.46), "eval_runtime": round(rt, 4), "eval_samples_per_second": round(240 / rt, 3),
                 "eval_steps_per_second": round(240 / bs / rt, 3), "epoch": round(epoch, 4)}), "metrics_dict")
        return loss

    def save(outdir, step):
        ck = f"{outdir}/checkpoint-{step}"
        tf("INFO", "trainer.py:3801", f"Saving model checkpoint to {ck}", "saving_checkpoint")
        tf("INFO", "configuration_utils.py:414", f"Configuration saved in {ck}/config.json", "config_saved")
        tf("INFO", "configuration_utils.py:865", f"Configuration saved in {ck}/generation_config.json", "generation_config_saved")
        L.tick(1)
        tf("INFO", "modeling_utils.py:3043", f"Model weights saved in {ck}/model.safetensors", "weights_saved")
        tf("INFO", "tokenization_utils_base.py:2646", f"tokenizer config file saved in {ck}/tokenizer_config.json", "tokenizer_config_saved")
        tf("INFO", "tokenization_utils_base.py:2655", f"Special tokens file saved in {ck}/special_tokens_map.json", "special_tokens_saved")
        if step > 800:
            tf("INFO", "trainer.py:3893", f"Deleting older checkpoint [{outdir}/checkpoint-{step - 800}] due to args.save_total_limit", "deleting_checkpoint")

    def run():
        st["run"] += 1
        model, arch, nparams = g.c(runs)
        st["model"] = model
        lr = g.c([5e-05, 0.0001, 0.0003, 2e-05])
        bs = g.c([4, 8, 8, 16])
        ga = g.c([1, 2, 4])
        outdir = f"/runs/clm-{model.split('/')[-1]}-lr{lr:g}"
        out(f"=== run {st['run']}: {model} lr={lr:g} bs={bs} ga={ga} ({L.t:%Y-%m-%d %H:%M:%S}) ===", "sweep_banner")
        py("WARNING", "__main__", f"Process rank: 0, device: cuda:0, n_gpu: 1, distributed training: False, 16-bits training: True", "process_rank")
        py("INFO", "__main__", "Training/evaluation parameters TrainingArguments(", "training_args", targs(outdir, lr, bs, ga, True))
        L.tick(2)
        py("INFO", "datasets.builder", "Overwrite dataset info from restored data version if exists.", "overwrite_dataset_info")
        py("INFO", "datasets.info", "Loading Dataset info from /root/.cache/huggingface/datasets/wikitext/wikitext-2-raw-v1/0.0.0/b08601e04326c79dfdd32d625aee71d232d685c3", "loading_dataset_info")
        py("INFO", "datasets.builder", "Found cached dataset wikitext (/root/.cache/huggingface/datasets/wikitext/wikitext-2-raw-v1/0.0.0/b08601e04326c79dfdd32d625aee71d232d685c3)", "found_cached_dataset")
        sp = snap(model)
        tf("INFO", "configuration_utils.py:679", f"loading configuration file config.json from cache at {sp}/config.json", "loading_config")
        cls = f"{arch}LMHeadModel" if arch == "GPT2" else "GPTNeoXForCausalLM"
        tf("INFO", "configuration_utils.py:746", f"Model config {arch}Config {{", "model_config", config_dump(cls, arch))
        for fn in ["vocab.json", "merges.txt", "tokenizer.json", "added_tokens.json", "special_tokens_map.json", "tokenizer_config.json"]:
            where = f"{sp}/{fn}" if fn in ("vocab.json", "merges.txt", "tokenizer.json") or (fn == "tokenizer_config.json" and arch != "GPT2") else "None"
            tf("INFO", "tokenization_utils_base.py:2211", f"loading file {fn} from cache at {where}", "loading_file")
        L.tick(1)
        tf("INFO", "modeling_utils.py:3937", f"loading weights file model.safetensors from cache at {sp}/model.safetensors", "loading_weights")
        tf("INFO", "configuration_utils.py:1096", "Generate config GenerationConfig {", "generate_config", [("  \"bos_token_id\": 50256,", "json_kv"), ("  \"eos_token_id\": 50256", "json_kv"), ("}", "json_close"), ("", "blank")])
        L.tick(2)
        tf("INFO", "modeling_utils.py:4800", f"All model checkpoint weights were used when initializing {cls}.", "all_weights_used", [("", "blank")])
        tf("INFO", "modeling_utils.py:4808", f"All the weights of {cls} were initialized from the model checkpoint at {model}.", "all_weights_initialized",
           [(f"If your task is similar to the task the model of the checkpoint was trained on, you can already use {cls} for predictions without further training.", "all_weights_initialized_hint")])
        tf("INFO", "configuration_utils.py:1051", f"loading configuration file generation_config.json from cache at {sp}/generation_config.json", "loading_generation_config")
        for split in ["train", "validation", "test"][:g.num(1, 3)]:
            py("INFO", "datasets.arrow_dataset", f"Loading cached processed dataset at /root/.cache/huggingface/datasets/wikitext/wikitext-2-raw-v1/0.0.0/b08601e04326c79dfdd32d625aee71d232d685c3/cache-{g.hx(16)}.arrow", "loading_cached_processed")
        if g.r.random() < 0.4:
            tf("WARNING", "tokenization_utils_base.py:4117", f"Token indices sequence length is longer than the specified maximum sequence length for this model ({g.num(1025, 4000)} > 1024). Running this sequence through the model will result in indexing errors", "token_indices_too_long")
        tf("INFO", "trainer.py:698", "Using auto half precision backend", "half_precision")
        n_ex = 2318
        steps = int(3 * n_ex / (bs * ga))
        tf("INFO", "trainer.py:2313", "***** Running training *****", "running_training")
        for loc, txt, e in [("trainer.py:2314", f"  Num examples = {n_ex:,}", "num_examples"), ("trainer.py:2315", "  Num Epochs = 3", "num_epochs"),
                            ("trainer.py:2316", f"  Instantaneous batch size per device = {bs}", "instantaneous_batch"),
                            ("trainer.py:2319", f"  Total train batch size (w. parallel, distributed & accumulation) = {bs * ga}", "total_batch"),
                            ("trainer.py:2320", f"  Gradient Accumulation steps = {ga}", "grad_accum"), ("trainer.py:2321", f"  Total optimization steps = {steps:,}", "total_steps"),
                            ("trainer.py:2322", f"  Number of trainable parameters = {nparams:,}", "trainable_params")]:
            tf("INFO", loc, txt, e)
        oom = model == "gpt2-medium" and bs >= 8 and g.r.random() < 0.8
        if oom:
            L.tick(20)
            tb = [("Traceback (most recent call last):", "traceback_header"), ("  File \"/workspace/run_clm.py\", line 656, in <module>", "traceback_file"), ("    main()", "traceback_code"),
                  ("  File \"/workspace/run_clm.py\", line 604, in main", "traceback_file"), ("    train_result = trainer.train(resume_from_checkpoint=checkpoint)", "traceback_code"),
                  ("                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "traceback_caret"),
                  ("  File \"/usr/local/lib/python3.11/site-packages/transformers/trainer.py\", line 2123, in train", "traceback_file"), ("    return inner_training_loop(", "traceback_code"),
                  ("           ^^^^^^^^^^^^^^^^^^^^", "traceback_caret"), ("  File \"/usr/local/lib/python3.11/site-packages/transformers/trainer.py\", line 2481, in _inner_training_loop", "traceback_file"),
                  ("    tr_loss_step = self.training_step(model, inputs)", "traceback_code"), ("                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "traceback_caret"),
                  ("  File \"/usr/local/lib/python3.11/site-packages/torch/nn/modules/activation.py\", line 1368, in forward", "traceback_file"),
                  ("    attn_output, attn_output_weights = F.multi_head_attention_forward(", "traceback_code"),
                  (f"torch.OutOfMemoryError: CUDA out of memory. Tried to allocate {g.f(0.5, 3, 2)} GiB. GPU 0 has a total capacity of 23.64 GiB of which {g.f(0.1, 1.5, 2)} GiB is free. Including non-PyTorch memory, this process has {g.f(21, 23.5, 2)} GiB memory in use. Of the allocated memory {g.f(19, 22, 2)} GiB is allocated by PyTorch, and {g.f(0.2, 1.5, 2)} GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)", "oom_error")]
            for text, e in tb:
                out(text, e)
            out(f"=== run {st['run']} failed with exit code 1 ===", "sweep_failed")
            return
        loss = g.r.uniform(3.3, 4.2)
        step = 0
        epoch_per_step = 3 / steps
        while step < steps:
            step = min(steps, step + 20)
            L.tick(g.r.uniform(4, 30))
            loss = max(2.4, loss - g.r.uniform(-0.05, 0.08))
            cur_lr = lr * (1 - step / steps)
            out(str({"loss": round(loss, 4), "grad_norm": g.r.uniform(0.6, 4.5), "learning_rate": cur_lr, "epoch": round(step * epoch_per_step, 4)}), "metrics_dict")
            if step % 200 == 0:
                evaluate(step, step * epoch_per_step, outdir, bs, base=loss)
            if step % 400 == 0:
                save(outdir, step)
            if len(L.rows) > N_LINES + 50:
                return
        tf("INFO", "trainer.py:2581", "", "training_completed_nl", [("", "blank"), ("Training completed. Do not forget to share your model on huggingface.co/models =)", "training_completed"), ("", "blank"), ("", "blank")])
        rt = g.r.uniform(300, 3000)
        out(str({"train_runtime": round(rt, 4), "train_samples_per_second": round(3 * n_ex / rt, 3), "train_steps_per_second": round(steps / rt, 3), "train_loss": loss + 0.3, "epoch": 3.0}), "metrics_dict")
        tf("INFO", "trainer.py:3801", f"Saving model checkpoint to {outdir}", "saving_checkpoint")
        tf("INFO", "configuration_utils.py:414", f"Configuration saved in {outdir}/config.json", "config_saved")
        tf("INFO", "modeling_utils.py:3043", f"Model weights saved in {outdir}/model.safetensors", "weights_saved")
        out("***** train metrics *****", "metrics_title")
        for k, v in [("epoch", "3.0"), ("total_flos", f"{g.num(1000000, 9000000)}GF"), ("train_loss", f"{loss + 0.3:.4f}"), ("train_runtime", f"0:{int(rt // 60):02d}:{rt % 60:05.2f}"),
                     ("train_samples", str(n_ex)), ("train_samples_per_second", f"{3 * n_ex / rt:.3f}"), ("train_steps_per_second", f"{steps / rt:.3f}")]:
            out(f"  {k:<24} = {v:>10}", "metrics_row")
        py("INFO", "__main__", "*** Evaluate ***", "evaluate_banner")
        el = evaluate(steps, 3.0, outdir, bs, True, base=loss)
        out("***** eval metrics *****", "metrics_title")
        for k, v in [("epoch", "3.0"), ("eval_accuracy", f"{g.r.uniform(0.36, 0.46):.4f}"), ("eval_loss", f"{el:.4f}"), ("eval_runtime", f"0:00:{g.r.uniform(3, 12):05.2f}"),
                     ("eval_samples", "240"), ("eval_samples_per_second", f"{g.r.uniform(20, 80):.3f}"), ("eval_steps_per_second", f"{g.r.uniform(2, 10):.3f}"), ("perplexity", f"{2.718281828 ** el:.4f}")]:
            out(f"  {k:<23} = {v:>10}", "metrics_row")
        tf("INFO", "modelcard.py:449", "Dropping the following result as it does not have all the necessary fields:", "dropping_result",
           [(f"{{'task': {{'name': 'Causal Language Modeling', 'type': 'text-generation'}}, 'dataset': {{'name': 'wikitext wikitext-2-raw-v1', 'type': 'wikitext', 'args': 'wikitext-2-raw-v1'}}, 'metrics': [{{'name': 'Accuracy', 'type': 'accuracy', 'value': {g.r.uniform(0.36, 0.46):.4f}}}]}}", "dropping_result_dict")])
        out(f"=== run {st['run']} done in {int(rt // 60)}m ===", "sweep_done")

    while len(L.rows) < N_LINES:
        run()
        L.tick(30)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- OpenOCD 0.12.0 with -d3 (`openocd -d3 -f interface/stlink.cfg -f target/stm32f4x.cfg -l openocd.log`), an ST-LINK/V2
#   on an STM32F407 board, a developer flashing and debugging from GDB all afternoon: at debug level every line is "<Level>: <counter> <ms since
#   start> <file>:<line> <function>(): <message>" (levels User, Error, Warn, Info, Debug); multi-line messages continue without a prefix
@checked
def log_openocd(seed):
    L = Log("openocd_debug", seed, "rel", True, True)
    g = L.g
    start = L.t
    st = {"n": 0, "conn": 0, "bp": 0, "pc": 0x08000D94}
    LV = {"User": "User : ", "Error": "Error: ", "Warn": "Warn : ", "Info": "Info : ", "Debug": "Debug: "}
    LOC = {}

    def o(lv, file, line, fn, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(50, 3000))
        st["n"] += 1
        ms = int((L.t - start).total_seconds() * 1000)
        L.emit(f"{LV[lv]}{st['n']} {ms} {file}:{line} {fn}(): {msg}", ev, lv, file)
        for text, e in cont:
            L.emit(text, e, lv, file)

    def cmd(c):
        o("Debug", "command.c", 155, "script_debug", f"command - {c}", "script_command")

    def pkt_in(p):
        o("Debug", "gdb_server.c", 394, "gdb_log_incoming_packet", f"[stm32f4x.cpu]{{{st['conn']}}} received packet: {p}", "gdb_received_packet")

    def pkt_out(p):
        s = sum(p.encode()) % 256
        o("Debug", "gdb_server.c", 414, "gdb_log_outgoing_packet", f"[stm32f4x.cpu]{{{st['conn']}}} sending packet: ${p}#{s:02x}", "gdb_sending_packet")

    def halted(why):
        o("User", "cortex_m.c", 1042, "cortex_m_arch_state", f"[stm32f4x.cpu] halted due to {why}, current mode: Thread ", "halted_due_to",
          [(f"xPSR: 0x{g.c(['01000000', '61000000', '21000000', '81000000'])} pc: 0x{st['pc']:08x} msp: 0x200{g.num(0x1000, 0x1fff) * 8:05x}", "halted_registers")])

    def startup():
        for text, ev in [("Open On-Chip Debugger 0.12.0 (2023-01-14-23:37)", "banner_version"), ("Licensed under GNU GPL v2", "banner_license"), ("For bug reports, read", "banner_bug_reports"),
                         ("\thttp://openocd.org/doc/doxygen/bugs.html", "banner_bug_url")]:
            o("User", "options.c", 63, "configuration_output_handler", text, ev)
        o("Debug", "options.c", 94, "add_default_dirs", "bindir=/usr/bin", "bindir")
        o("Debug", "options.c", 95, "add_default_dirs", "pkgdatadir=/usr/share/openocd", "pkgdatadir")
        o("Debug", "configuration.c", 40, "add_script_search_dir", "adding /home/ilse/.config/openocd", "adding_search_dir")
        o("Debug", "configuration.c", 40, "add_script_search_dir", "adding /usr/share/openocd/scripts", "adding_search_dir")
        for c in ["ocd_find interface/stlink.cfg", "adapter driver hla", "hla_layout stlink", "hla_device_desc ST-LINK", "hla_vid_pid 0x0483 0x3744 0x0483 0x3748 0x0483 0x374b 0x0483 0x374d 0x0483 0x374e 0x0483 0x374f 0x0483 0x3752 0x0483 0x3753 0x0483 0x3754",
                  "ocd_find target/stm32f4x.cfg", "ocd_find target/swj-dp.tcl", "transport select hla_swd", "swj_newdap stm32f4x cpu -irlen 4 -ircapture 0x1 -irmask 0xf -expected-id 0x2ba01477",
                  "dap create stm32f4x.dap -chain-position stm32f4x.cpu", "target create stm32f4x.cpu cortex_m -endian little -dap stm32f4x.dap",
                  "stm32f4x.cpu configure -work-area-phys 0x20000000 -work-area-size 0x10000 -work-area-backup 0", "flash bank stm32f4x.flash stm32f2x 0 0 0 0 stm32f4x.cpu", "adapter speed 2000",
                  "reset_config srst_only srst_nogate", "init"]:
            cmd(c)
            if c.startswith("ocd_find"):
                o("Debug", "configuration.c", 88, "find_file", f"found /usr/share/openocd/scripts/{c.split()[1]}", "found_file")
        o("Info", "hla_transport.c", 200, "hl_transport_init", "The selected transport took over low-level target control. The results might differ compared to plain JTAG/SWD", "transport_took_over")
        o("Debug", "hla_interface.c", 39, "hl_interface_open", "hl_interface_open", "hl_interface_open")
        o("Info", "stlink_usb.c", 3536, "stlink_usb_usb_open", "STLINK V2J39S7 (API v2) VID:PID 0483:3748", "stlink_version")
        o("Info", "stlink_usb.c", 1404, "stlink_usb_check_voltage", f"Target voltage: {g.f(3.18, 3.27, 6)}", "target_voltage")
        o("Info", "hla_target.c", 322, "adapter_init_target", "clock speed 2000 kHz", "clock_speed")
        examine()
        o("Info", "gdb_server.c", 3752, "gdb_target_start", "starting gdb server for stm32f4x.cpu on 3333", "starting_gdb_server")
        for port, svc in [(3333, "gdb"), (6666, "tcl"), (4444, "telnet")]:
            o("Info", "server.c", 296, "add_service", f"Listening on port {port} for {svc} connections", "listening_on_port")

    def examine():
        o("Debug", "cortex_m.c", 2569, "cortex_m_examine", "[stm32f4x.cpu] CPUID: 0x410fc241", "cpuid")
        o("Info", "cortex_m.c", 2589, "cortex_m_examine", "[stm32f4x.cpu] Cortex-M4 r0p1 processor detected", "processor_detected")
        o("Info", "cortex_m.c", 2703, "cortex_m_examine", "[stm32f4x.cpu] target has 6 breakpoints, 4 watchpoints", "target_has_breakpoints")
        o("Debug", "cortex_m.c", 2708, "cortex_m_examine", "[stm32f4x.cpu] FPB fpcr 0x260, numcode 6, numlit 2", "fpb")
        o("Debug", "cortex_m.c", 2735, "cortex_m_examine", "[stm32f4x.cpu] DWT dwtcr 0x40000000, comp 4, watch 4", "dwt")

    def event(n, name):
        o("Debug", "target.c", 1795, "target_call_event_callbacks", f"target event {n} ({name}) for core stm32f4x.cpu", "target_event")

    def gdb_connect():
        st["conn"] += 1
        o("Info", "server.c", 100, "add_connection", "accepting 'gdb' connection on tcp/3333", "accepting_connection")
        o("Debug", "breakpoints.c", 353, "breakpoint_clear_target_internal", "Delete all breakpoints for stm32f4x.cpu", "delete_all_breakpoints")
        event(19, "gdb-attach")
        st["pc"] = 0x08000000 + g.num(0x200, 0x8000) * 2
        o("Debug", "cortex_m.c", 1015, "cortex_m_debug_entry", f"[stm32f4x.cpu] entered debug state in core mode: Thread at PC 0x{st['pc']:08x}, cpu in Non-Secure state, target->state: halted", "entered_debug_state")
        halted("debug-request")
        o("Info", "stm32f2x.c", 1124, "stm32x_probe", "device id = 0x10076413", "device_id")
        o("Info", "stm32f2x.c", 1158, "stm32x_probe", "flash size = 1024 KiB", "flash_size")
        pkt_in("qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+;fork-events+;vfork-events+;exec-events+;vContSupported+;QThreadEvents+;no-resumed+;memory-tagging+")
        pkt_out("PacketSize=4000;qXfer:memory-map:read+;qXfer:features:read+;qXfer:threads:read+;QStartNoAckMode+;vContSupported+")
        for p in ["vMustReplyEmpty", "QStartNoAckMode", "Hg0", "qTStatus", "?", "qfThreadInfo", "qC", "qAttached", "g"]:
            pkt_in(p)
            pkt_out({"vMustReplyEmpty": "", "QStartNoAckMode": "OK", "Hg0": "OK", "qTStatus": "", "?": "S02", "qfThreadInfo": "l", "qC": "QC0", "qAttached": "1", "g": g.hx(64)}[p])
        event(25, "gdb-start")
        for _ in range(g.num(2, 5)):
            read_mem()

    def read_mem():
        addr = g.c([0x20000000 + g.num(0, 0xffff) * 4, st["pc"] & ~3, 0x08000000 + g.num(0, 0x8000) * 4])
        ln_ = g.c([4, 8, 64, 0x40, 0x200])
        pkt_in(f"m{addr:x},{ln_:x}")
        o("Debug", "gdb_server.c", 1481, "gdb_read_memory_packet", f"addr: 0x{addr:08x}, len: 0x{ln_:08x}", "read_memory_packet")
        o("Debug", "target.c", 2491, "target_read_buffer", f"reading buffer of {ln_} byte at 0x{addr:08x}", "reading_buffer")
        pkt_out(g.hx(min(ln_, 32) * 2))

    def load():
        event(21, "gdb-flash-erase-start")
        size = g.num(0x4000, 0x20000)
        sectors = 3 if size <= 0x10000 else 4
        o("Info", "core.c", 876, "flash_write_unlock_verify", f"Padding image section 0 at 0x{0x08000000 + size:08x} with {g.c([2, 4, 6])} bytes", "padding_section")
        if g.r.random() < 0.4:
            o("Warn", "core.c", 818, "flash_write_unlock_verify", f"Adding extra erase range, 0x{0x08000000 + size:08x} .. 0x{0x08000000 + ((size >> 14) + 1 << 14) - 1:08x}", "extra_erase_range")
        event(22, "gdb-flash-erase-end")
        event(23, "gdb-flash-write-start")
        for off in range(0, min(size, 0x6000), 0x1000):
            pkt_in(f"vFlashWrite:{0x08000000 + off:x}:XXXXXXXX")
            pkt_out("OK")
        pkt_in("vFlashDone")
        o("Info", "stm32f2x.c", 543, "stm32x_erase", f"erased sectors 0 through {sectors} on flash bank 0 in {g.f(0.4, 3.5, 6)}s", "erased_sectors")
        o("Debug", "target.c", 2385, "target_write_buffer", f"writing buffer of {size} byte at 0x08000000", "writing_buffer")
        o("Debug", "armv7m.c", 656, "armv7m_run_algorithm", "Running algorithm", "running_algorithm")
        pkt_out("OK")
        event(24, "gdb-flash-write-end")
        o("Debug", "cortex_m.c", 1563, "cortex_m_assert_reset", "[stm32f4x.cpu] target->state: halted", "assert_reset")
        o("Debug", "cortex_m.c", 1743, "cortex_m_deassert_reset", "[stm32f4x.cpu] target->state: reset", "deassert_reset")
        st["pc"] = 0x08000D94
        halted("breakpoint")

    def bp():
        addr = 0x08000000 + g.num(0x200, 0x8000) * 2
        n = st["bp"]
        pkt_in(f"Z1,{addr:x},2")
        o("Debug", "cortex_m.c", 1896, "cortex_m_set_breakpoint", f"[stm32f4x.cpu] BPID: {n}, Type: 1, Address: 0x{addr:08x} Length: 2 (n={n % 6})", "set_breakpoint")
        o("Debug", "breakpoints.c", 93, "breakpoint_add_internal", f"[{n % 6}] added hardware breakpoint at 0x{addr:08x} of length 0x00000002, (BPID: {n})", "added_breakpoint")
        pkt_out("OK")
        st["bp"] += 1
        return addr, n

    def cont():
        addr, n = bp()
        pkt_in("vCont;c")
        o("Debug", "gdb_server.c", 1694, "gdb_step_continue_packet", "continue", "step_continue_continue")
        event(3, "resume-start")
        o("Debug", "cortex_m.c", 1399, "cortex_m_resume", f"[stm32f4x.cpu] target resumed at 0x{st['pc']:08x}", "target_resumed")
        event(4, "resume-end")
        L.tick(g.r.uniform(0.2, 20))
        st["pc"] = addr
        if g.r.random() < 0.85:
            o("Debug", "cortex_m.c", 1015, "cortex_m_debug_entry", f"[stm32f4x.cpu] entered debug state in core mode: {g.c(['Thread', 'Thread', 'Handler HardFault'])} at PC 0x{addr:08x}, cpu in Non-Secure state, target->state: halted", "entered_debug_state")
            halted("breakpoint")
            event(0, "halted")
            pkt_out(f"T05thread:00000000;")
            for _ in range(g.num(1, 4)):
                read_mem()
        else:
            o("Debug", "gdb_server.c", 3618, "gdb_input_inner", "ctrl-c received", "ctrl_c_received")
            halted("debug-request")
            pkt_out("T02thread:00000000;")
        pkt_in(f"z1,{addr:x},2")
        o("Debug", "breakpoints.c", 299, "breakpoint_free", f"[stm32f4x.cpu] free BPID: {n} --> {g.num(0, 9)}", "free_breakpoint")
        pkt_out("OK")

    def step():
        pkt_in("vCont;s:0;c:0")
        o("Debug", "gdb_server.c", 1694, "gdb_step_continue_packet", "step", "step_continue_step")
        st["pc"] += g.c([2, 4])
        o("Debug", "cortex_m.c", 1455, "cortex_m_step", f"[stm32f4x.cpu] target stepped dcb_dhcsr = 0x{g.hx(8)} nvic_icsr = 0x{g.hx(8)}", "target_stepped")
        halted("breakpoint")
        pkt_out("T05thread:00000000;")
        read_mem()

    def monitor():
        c = g.c(["reset halt", "reset init", "mdw 0x40023800 4", "flash info 0", "reg pc"])
        pkt_in(f"qRcmd,{c.encode().hex()}")
        cmd(c)
        if c.startswith("reset"):
            o("Debug", "cortex_m.c", 1563, "cortex_m_assert_reset", "[stm32f4x.cpu] target->state: halted", "assert_reset")
            o("Debug", "cortex_m.c", 1743, "cortex_m_deassert_reset", "[stm32f4x.cpu] target->state: reset", "deassert_reset")
            st["pc"] = 0x08000D94
            halted("debug-request")
        pkt_out("OK")

    def disconnect():
        event(20, "gdb-detach")
        pkt_in("D")
        pkt_out("OK")
        o("Info", "server.c", 138, "remove_connection", "dropped 'gdb' connection", "dropped_connection")
        L.tick(g.r.uniform(5, 300))
        gdb_connect()

    def comm_error():
        o("Error", "stlink_usb.c", 1046, "stlink_usb_error_check", "jtag status contains invalid mode value - communication failure", "invalid_mode_value")
        o("Warn", "target.c", 3097, "handle_target", "Polling target stm32f4x.cpu failed, trying to reexamine", "polling_failed")
        if g.r.random() < 0.5:
            o("Info", "stlink_usb.c", 1377, "stlink_usb_state", "Previous state query failed, trying to reconnect", "previous_state_failed")
        examine()

    def session():
        r = g.r.random()
        if r < 0.3:
            cont()
        elif r < 0.5:
            step()
        elif r < 0.62:
            read_mem()
        elif r < 0.72:
            load()
        elif r < 0.8:
            monitor()
        elif r < 0.9:
            disconnect()
        else:
            comm_error()

    startup()
    gdb_connect()
    return L.run(slowed(L, [(1, session)], 15), None)


# 14 --------------------------------------------------------------- Open5GS 2.7 AMF of a private 5G campus network (two gNBs, some dozens of UEs), /var/log/open5gs/amf.log:
#   "MM/DD HH:MM:SS.mmm: [domain] LEVEL: message (file:line)", the source location after the message; registrations, service requests,
#   context releases, deregistrations, authentication failures, NRF notifications, a gNB restart, an AMF restart with its banner
@checked
def log_open5gs(seed):
    L = Log("open5gs_amf", seed, "noyear", True, True)
    g = L.g
    gnbs = [{"ip": "192.168.10.50", "up": True}, {"ip": "192.168.10.51", "up": True}]
    ues = [{"imsi": f"0010100000{i:05d}", "reg": False, "ran": 0, "amf": 0, "tmsi": 0} for i in range(1, 40)]
    st = {"ran": 0, "amf": 0, "gnb_ues": 0, "amf_ues": 0, "sess": 0, "gnbs": 2, "tmsi": 0xc0000000}
    SMF = g.uuid()
    ME = g.uuid()

    def o(dom, lv, msg, ev, loc):
        L.t += dt.timedelta(microseconds=g.num(50, 3000))
        L.emit(f"{L.t:%m/%d %H:%M:%S}.{ms3(L.t)}: [{dom}] {lv}: {msg} ({loc})", ev, lv, dom)

    def count(what, added, n):
        o("amf", "INFO", f"[{'Added' if added else 'Removed'}] Number of {what} is now {n}", f"{'added' if added else 'removed'}_{what.lower().replace('-', '_')}",
          {"gNBs": "../src/amf/context.c:1236" if added else "../src/amf/context.c:1260", "gNB-UEs": "../src/amf/context.c:2695" if added else "../src/amf/context.c:2702",
           "AMF-UEs": "../src/amf/context.c:1621" if added else "../src/amf/context.c:1807", "AMF-Sessions": "../src/amf/context.c:2716" if added else "../src/amf/context.c:2737"}[what])

    def banner():
        L.emit("Open5GS daemon v2.7.2", "banner")
        L.emit("", "blank")
        o("app", "INFO", "Configuration: '/etc/open5gs/amf.yaml'", "configuration", "../lib/app/ogs-init.c:144")
        o("app", "INFO", "File Logging: '/var/log/open5gs/amf.log'", "file_logging", "../lib/app/ogs-init.c:147")
        o("app", "INFO", "LOG-LEVEL: 'info'", "log_level", "../lib/app/ogs-init.c:150")
        o("metrics", "INFO", "metrics_server() [http://127.0.0.5]:9090", "metrics_server", "../lib/metrics/prometheus/context.c:299")
        o("sbi", "INFO", "NF Service [namf-comm]", "nf_service", "../lib/sbi/context.c:1812")
        o("sbi", "INFO", "nghttp2_server() [http://127.0.0.5]:7777", "nghttp2_server", "../lib/sbi/nghttp2-server.c:414")
        o("amf", "INFO", "ngap_server() [192.168.10.2]:38412", "ngap_server", "../src/amf/ngap-sctp.c:61")
        o("sctp", "INFO", "AMF initialize...done", "initialize_done", "../src/amf/app.c:33")
        o("sbi", "INFO", f"[{ME}] NF registered [Heartbeat:10s]", "nf_registered", "../lib/sbi/nf-sm.c:221")
        for svc in ["SMF", "AUSF", "UDM", "PCF", "NSSF"]:
            until = L.t + dt.timedelta(days=1)
            o("sbi", "INFO", f"[{g.uuid()}] Subscription created until {until:%Y-%m-%dT%H:%M:%S}.{us6(until)}+00:00 [duration:86400000000,validity:86400.000000,patch:43200.000000]",
              "subscription_created", "../lib/sbi/nnrf-handler.c:836")

    def gnb_up(gnb):
        L.tick(2)
        o("amf", "INFO", f"gNB-N2 accepted[{gnb['ip']}]:{g.port()} in ng-path module", "gnb_accepted_ngpath", "../src/amf/ngap-sctp.c:113")
        o("amf", "INFO", f"gNB-N2 accepted[{gnb['ip']}] in master_sm module", "gnb_accepted_master", "../src/amf/amf-sm.c:741")
        st["gnbs"] += 1
        count("gNBs", True, st["gnbs"])
        o("amf", "INFO", f"gNB-N2[{gnb['ip']}] max_num_of_ostreams : {g.c([2, 10, 30])}", "max_ostreams", "../src/amf/amf-sm.c:780")
        gnb["up"] = True

    def initial(ue):
        st["ran"] += 1
        st["amf"] += 1
        ue["ran"], ue["amf"] = st["ran"], st["amf"]
        o("amf", "INFO", "InitialUEMessage", "initial_ue_message", "../src/amf/ngap-handler.c:401")
        st["gnb_ues"] += 1
        count("gNB-UEs", True, st["gnb_ues"])
        o("amf", "INFO", f"    RAN_UE_NGAP_ID[{ue['ran']}] AMF_UE_NGAP_ID[{ue['amf']}] TAC[1] CellID[0x{g.c(['10', '11', '20', '21'])}]", "ran_ue_ngap_tac", "../src/amf/ngap-handler.c:562")

    def register():
        cand = [u for u in ues if not u["reg"]]
        if not cand:
            return dereg()
        ue = g.c(cand)
        suci = f"suci-0-001-01-0000-0-0-{ue['imsi'][5:]}"
        initial(ue)
        if ue["tmsi"] and g.r.random() < 0.6:
            o("amf", "INFO", f"[imsi-{ue['imsi']}] known UE by 5G-S_TMSI[AMF_ID:0x10040,M_TMSI:0x{ue['tmsi']:x}]", "known_ue_tmsi", "../src/amf/context.c:1911")
            o("gmm", "INFO", "Registration request", "registration_request", "../src/amf/gmm-sm.c:1165")
            o("gmm", "INFO", f"[imsi-{ue['imsi']}]    5G-S_GUTI[AMF_ID:0x10040,M_TMSI:0x{ue['tmsi']:x}]", "guti_line", "../src/amf/gmm-handler.c:188")
        else:
            o("amf", "INFO", f"[{suci}] Unknown UE by SUCI", "unknown_ue_suci", "../src/amf/context.c:1840")
            st["amf_ues"] += 1
            count("AMF-UEs", True, st["amf_ues"])
            o("gmm", "INFO", "Registration request", "registration_request", "../src/amf/gmm-sm.c:1165")
            o("gmm", "INFO", f"[{suci}]    SUCI", "suci_line", "../src/amf/gmm-handler.c:166")
        if g.r.random() < 0.05:
            if g.r.random() < 0.5:
                o("gmm", "WARNING", "Authentication failure(Synch failure)", "auth_failure_synch", "../src/amf/gmm-sm.c:2062")
            else:
                o("gmm", "WARNING", "Authentication failure(MAC failure)", "auth_failure_mac", "../src/amf/gmm-sm.c:2057")
            release(ue, action=2)
            return
        L.tick(0.3)
        ue["reg"] = True
        st["tmsi"] += g.num(1, 40)
        ue["tmsi"] = st["tmsi"]
        o("gmm", "INFO", f"[imsi-{ue['imsi']}] Registration complete", "registration_complete", "../src/amf/gmm-sm.c:2146")
        o("amf", "INFO", f"[imsi-{ue['imsi']}] Configuration update command", "config_update_command", "../src/amf/nas-path.c:591")
        o("gmm", "INFO", f"    UTC [{L.t:%Y-%m-%dT%H:%M:%S}] Timezone[0]/DST[0]", "utc_line", "../src/amf/gmm-build.c:559")
        o("gmm", "INFO", f"    LOCAL [{L.t:%Y-%m-%dT%H:%M:%S}] Timezone[0]/DST[0]", "local_line", "../src/amf/gmm-build.c:564")
        pdu(ue)

    def pdu(ue):
        st["sess"] += 1
        count("AMF-Sessions", True, st["sess"])
        dnn = g.c(["internet", "internet", "campus", "ims"])
        o("gmm", "INFO", f"UE SUPI[imsi-{ue['imsi']}] DNN[{dnn}] S_NSSAI[SST:1 SD:0xffffff] smContextRef [NULL]", "ue_supi_dnn", "../src/amf/gmm-handler.c:1247")
        if dnn == "ims" and g.r.random() < 0.5:
            o("gmm", "ERROR", f"[imsi-{ue['imsi']}] No SMF Instance [DNN:ims]", "no_smf_instance", "../src/amf/gmm-handler.c:1301")
            return
        o("gmm", "INFO", f"SMF Instance [{SMF}]", "smf_instance", "../src/amf/gmm-handler.c:1286")

    def release(ue=None, action=None):
        if ue is None:
            cand = [u for u in ues if u["reg"] and u["ran"]]
            if not cand:
                return register()
            ue = g.c(cand)
        o("amf", "INFO", f"UE Context Release [Action:{action or g.c([1, 3, 3])}]", "ue_context_release", "../src/amf/ngap-handler.c:1841")
        o("amf", "INFO", f"    RAN_UE_NGAP_ID[{ue['ran']}] AMF_UE_NGAP_ID[{ue['amf']}]", "ran_ue_ngap", "../src/amf/ngap-handler.c:1842")
        o("amf", "INFO", f"    SUPI[imsi-{ue['imsi']}]", "supi_line", "../src/amf/ngap-handler.c:1844")
        st["gnb_ues"] = max(0, st["gnb_ues"] - 1)
        count("gNB-UEs", False, st["gnb_ues"])
        ue["ran"] = 0

    def service():
        cand = [u for u in ues if u["reg"] and not u["ran"]]
        if not cand:
            return release()
        ue = g.c(cand)
        initial(ue)
        o("amf", "INFO", f"[imsi-{ue['imsi']}] known UE by 5G-S_TMSI[AMF_ID:0x10040,M_TMSI:0x{ue['tmsi']:x}]", "known_ue_tmsi", "../src/amf/context.c:1911")
        o("gmm", "INFO", "Service request", "service_request", "../src/amf/gmm-sm.c:1361")
        if g.r.random() < 0.3:
            pdu(ue)

    def dereg():
        cand = [u for u in ues if u["reg"]]
        if not cand:
            return register()
        ue = g.c(cand)
        if not ue["ran"]:
            initial(ue)
        o("gmm", "INFO", "De-registration request", "deregistration_request", "../src/amf/gmm-sm.c:1243")
        o("gmm", "INFO", f"[imsi-{ue['imsi']}]    5G-S_GUTI[AMF_ID:0x10040,M_TMSI:0x{ue['tmsi']:x}]", "guti_line", "../src/amf/gmm-handler.c:188")
        if g.r.random() < 0.6:
            o("amf", "INFO", f"[imsi-{ue['imsi']}] SWITCH-OFF", "switch_off", "../src/amf/gmm-handler.c:659")
        n = g.num(1, 2)
        for _ in range(n):
            st["sess"] = max(0, st["sess"] - 1)
            count("AMF-Sessions", False, st["sess"])
        release(ue, action=2)
        st["amf_ues"] = max(0, st["amf_ues"] - 1)
        count("AMF-UEs", False, st["amf_ues"])
        ue["reg"] = False

    def implicit():
        cand = [u for u in ues if u["reg"] and not u["ran"]]
        if not cand:
            return service()
        ue = g.c(cand)
        o("amf", "WARNING", f"[imsi-{ue['imsi']}] Mobile Reachable Timer Expired", "mobile_reachable_expired", "../src/amf/gmm-sm.c:237")
        L.tick(60)
        o("amf", "WARNING", f"[imsi-{ue['imsi']}] Implicit De-registered", "implicit_deregistered", "../src/amf/gmm-sm.c:260")
        st["amf_ues"] = max(0, st["amf_ues"] - 1)
        count("AMF-UEs", False, st["amf_ues"])
        ue["reg"] = False

    def nrf_notify():
        nf = g.c(["SMF", "UPF", "PCF", "UDM"])
        k = g.r.random()
        if k < 0.5:
            o("sbi", "INFO", f"[{g.uuid()}] (NRF-notify) NF Profile updated [type:{nf}]", "nrf_profile_updated", "../lib/sbi/nnrf-handler.c:1063")
        elif k < 0.75:
            o("sbi", "INFO", f"[{g.uuid()}] (NRF-notify) NF registered [type:{nf}]", "nrf_nf_registered", "../lib/sbi/nnrf-handler.c:1037")
        else:
            o("sbi", "INFO", f"[{g.uuid()}] (NRF-notify) NF de-registered [type:{nf}]", "nrf_nf_deregistered", "../lib/sbi/nnrf-handler.c:1101")

    def gnb_restart():
        gnb = g.c(gnbs)
        o("amf", "INFO", f"gNB-N2[{gnb['ip']}] connection refused!!!", "gnb_connection_refused", "../src/amf/amf-sm.c:811")
        for u in ues:
            if u["ran"] and g.r.random() < 0.5:
                release(u, action=1)
        st["gnbs"] -= 1
        count("gNBs", False, st["gnbs"])
        L.tick(40)
        gnb_up(gnb)

    def amf_restart():
        L.tick(5)
        L.tick(10)
        banner()
        st.update({"gnb_ues": 0, "amf_ues": 0, "sess": 0, "gnbs": 0})
        for u in ues:
            u["reg"], u["ran"] = False, 0
        for gnb in gnbs:
            gnb_up(gnb)

    banner()
    st["gnbs"] = 0
    for gnb in gnbs:
        gnb_up(gnb)
    ev = [(14, register), (20, release), (18, service), (8, dereg), (3, implicit), (6, nrf_notify), (0.4, gnb_restart), (0.15, amf_restart)]
    return L.run(slowed(L, ev, 20), None)


# 15 --------------------------------------------------------------- Mirth Connect 4.5 (NextGen Connect) interface engine of a hospital, logs/mirth.log (log4j2 "[%d]  %-5p (%c:%L): %m%n"):
#   HL7 v2 channels between the HIS, the RIS, the lab system and the EHR; channel scripts' logger calls show as "(transformer:?)",
#   "(filter:?)", "(js-connector:?)"; HL7 messages a script logs (its \r turned into line breaks), Java stack traces, Mirth's JavaScript
#   exception report (CHANNEL:, CONNECTOR:, SOURCE CODE: ...), a restart
@checked
def log_mirth(seed):
    L = Log("mirth_connect_log", seed, "full", True, True)
    g = L.g
    ch = {"ADT_Inbound": g.uuid(), "ORM_to_RIS": g.uuid(), "ORU_from_LIS": g.uuid(), "Lab_Results_to_EHR": g.uuid(), "Census_File_Import": g.uuid()}
    st = {"msg": g.num(100000, 900000)}
    names = [("SMITH", "JOHN", "A"), ("GARCIA", "MARIA", "L"), ("NGUYEN", "THI", ""), ("MUELLER", "HANS", "P"), ("OKAFOR", "CHIDI", ""), ("JOHNSON", "EMILY", "R"), ("ROSSI", "LUCA", "")]

    def m(lv, logger, line, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}]  {lv:<5} ({logger}:{line}): {msg}", ev, lv, logger)
        for text, e in cont:
            L.emit(text, e, lv, logger)

    def mrn():
        return f"{g.num(0, 9999999):08d}"

    def hl7(kind):
        ts = f"{L.t:%Y%m%d%H%M%S}"
        ln_, fn, mi = g.c(names)
        pid = f"PID|1||{mrn()}^^^HOSP^MR||{ln_}^{fn}^{mi}||{g.num(1930, 2020)}{g.num(1, 12):02d}{g.num(1, 28):02d}|{g.c(['M', 'F'])}|||{g.num(1, 999)} {g.c(['MAIN ST', 'OAK AVE', 'ELM RD'])}^^SPRINGFIELD^IL^{g.num(62701, 62799)}"
        st["msg"] += 1
        mcid = f"{g.c(['HIS', 'LIS', 'RIS'])}{st['msg']}"
        segs = [(f"MSH|^~\\&|{g.c(['EPIC', 'CERNER'])}|HOSP|MIRTH|HOSP|{ts}||{kind}|{mcid}|P|2.5.1", "hl7_msh")]
        if kind.startswith("ADT"):
            segs += [(f"EVN|{kind.split('^')[1]}|{ts}", "hl7_evn"), (pid, "hl7_pid"), (f"PV1|1|{g.c(['I', 'O', 'E'])}|{g.c(['3W', 'ICU', 'ED'])}^{g.num(300, 399)}^{g.c(['A', 'B'])}^HOSP||||{g.num(1000, 9999)}^{g.c(['HOUSE', 'LEE', 'PATEL'])}^{g.c(['GREGORY', 'ANN', 'RAJ'])}", "hl7_pv1")]
        elif kind.startswith("ORU"):
            segs += [(pid, "hl7_pid"), (f"OBR|1|{g.num(10 ** 6, 10 ** 7)}|{g.num(10 ** 6, 10 ** 7)}|{g.c(['CBC^COMPLETE BLOOD COUNT', 'BMP^BASIC METABOLIC PANEL', 'TSH^THYROID STIM HORMONE'])}|||{ts}", "hl7_obr")]
            for code, unit in g.r.sample([("WBC^White Blood Cells", "10*3/uL"), ("HGB^Hemoglobin", "g/dL"), ("PLT^Platelets", "10*3/uL"), ("NA^Sodium", "mmol/L"), ("K^Potassium", "mmol/L")], g.num(1, 4)):
                segs.append((f"OBX|{len(segs) - 1}|NM|{code}||{g.f(1, 300, 1)}|{unit}|||||F", "hl7_obx"))
        else:
            segs += [(pid, "hl7_pid"), (f"ORC|NW|{g.num(10 ** 6, 10 ** 7)}||||||||{ts}", "hl7_orc"), (f"OBR|1|{g.num(10 ** 6, 10 ** 7)}||{g.c(['71046^XR CHEST 2 VIEWS', '70450^CT HEAD W/O CONTRAST', '74177^CT ABD PELVIS W CONTRAST'])}|||{ts}", "hl7_obr")]
        return segs

    def startup():
        m("INFO", "com.mirth.connect.server.Mirth", 427, "Mirth Connect 4.5.2 (Built on November 27, 2024) server successfully started.", "server_started")
        m("INFO", "com.mirth.connect.server.Mirth", 428, "This product was developed by NextGen Healthcare (https://www.nextgen.com) and its contributors (c)2005-2024.", "developed_by")
        m("INFO", "com.mirth.connect.server.Mirth", 429, "Running OpenJDK 64-Bit Server VM 17.0.13 on Linux (5.14.0-427.42.1.el9_4.x86_64, amd64), postgres, with charset UTF-8.", "running_jvm")
        m("INFO", "com.mirth.connect.server.Mirth", 431, "Web server running at http://10.20.1.15:8080/ and https://10.20.1.15:8443/", "web_server_running")

    def adt():
        kind = g.c(["ADT^A08", "ADT^A08", "ADT^A01", "ADT^A03", "ADT^A04", "ADT^A31"])
        mid = g.num(10 ** 5, 10 ** 7)
        m("INFO", "transformer", "?", f"Received {kind} for MRN {mrn()} (message {mid})", "js_received_adt")
        if kind == "ADT^A31":
            m("INFO", "filter", "?", f"Filtered {kind} - not routed to RIS", "js_filtered")
        if g.r.random() < 0.15:
            m("INFO", "transformer", "?", "Inbound message:", "js_inbound_message", hl7(kind))

    def oru():
        n = g.num(1, 6)
        m("INFO", "transformer", "?", f"ORU^R01 with {n} OBX segment(s) for order {g.num(10 ** 6, 10 ** 7)}", "js_oru_obx")
        if g.r.random() < 0.7:
            m("INFO", "js-connector", "?", f"POST https://ehr.example.org/fhir/Observation -> {g.c([201, 201, 201, 200, 422, 503])} in {g.num(40, 3000)} ms", "js_post_result")
        if g.r.random() < 0.1:
            m("INFO", "transformer", "?", "Inbound message:", "js_inbound_message", hl7("ORU^R01"))

    def orm():
        m("INFO", "transformer", "?", f"ORM^O01 accession {g.c(['XR', 'CT', 'MR'])}{g.num(10 ** 6, 10 ** 7)} mapped to RIS procedure {g.c(['71046', '70450', '74177', '72148'])}", "js_orm_mapped")

    def tcp_recv_err():
        c = g.c(["ADT_Inbound", "ORU_from_LIS"])
        m("ERROR", "com.mirth.connect.connectors.tcp.TcpReceiver", 702, f"Error receiving message (TCP Listener \"Source\" on channel {ch[c]}).", "tcp_receive_error", [
            ("java.net.SocketTimeoutException: Read timed out", "exception_line"),
            ("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)", "stack_frame"),
            ("\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)", "stack_frame"),
            ("\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)", "stack_frame"),
            ("\tat com.mirth.connect.model.transmission.framemode.FrameStreamHandler.read(FrameStreamHandler.java:181)", "stack_frame"),
            ("\tat com.mirth.connect.connectors.tcp.TcpReceiver$TcpReader.call(TcpReceiver.java:645)", "stack_frame"),
            ("\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)", "stack_frame"),
            ("\tat java.base/java.lang.Thread.run(Thread.java:1583)", "stack_frame")])

    def tcp_send_err():
        m("ERROR", "com.mirth.connect.connectors.tcp.TcpDispatcher", 457, f"Error sending message via TCP (TCP Sender \"To RIS\" on channel {ch['ORM_to_RIS']}).", "tcp_send_error", [
            ("java.net.ConnectException: Connection refused", "exception_line"),
            ("\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)", "stack_frame"),
            ("\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)", "stack_frame"),
            ("\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)", "stack_frame"),
            ("\tat java.base/java.net.Socket.connect(Socket.java:751)", "stack_frame"),
            ("\tat com.mirth.connect.connectors.tcp.SocketUtil.connectSocket(SocketUtil.java:60)", "stack_frame"),
            ("\tat com.mirth.connect.connectors.tcp.TcpDispatcher.send(TcpDispatcher.java:330)", "stack_frame"),
            ("\tat com.mirth.connect.donkey.server.channel.DestinationConnector.handleSend(DestinationConnector.java:933)", "stack_frame"),
            ("\tat com.mirth.connect.donkey.server.channel.DestinationConnector.run(DestinationConnector.java:669)", "stack_frame"),
            ("\tat java.base/java.lang.Thread.run(Thread.java:1583)", "stack_frame")])

    def js_err():
        cid = ch["Lab_Results_to_EHR"]
        ln0 = g.num(40, 70)
        src = ["var results = [];", "for (var i = 0; i < msg['OBX'].length(); i++) {", "    var obx = msg['OBX'][i];",
               "    var value = obx['OBX.5']['OBX.5.1'].toString();", "    results.push({ code: obx['OBX.3']['OBX.3.1'].toString(), value: value });", "}"]
        err = g.c(["TypeError: Cannot read property \"OBX.5.1\" from undefined", "TypeError: Cannot call method \"toString\" of undefined",
                   "InternalError: Java class \"[B\" has no public instance field or method named \"length\"."])
        cont = [("com.mirth.connect.server.MirthJavascriptTransformerException: ", "mjte_line"), ("CHANNEL:\tLab_Results_to_EHR", "mjte_channel"), ("CONNECTOR:\tTo EHR", "mjte_connector"),
                ("SCRIPT SOURCE:\tJavaScript Writer", "mjte_script_source"), ("SOURCE CODE:\t", "mjte_source_code")]
        cont += [(f"{ln0 - 3 + k}: {s}", "mjte_code_line") for k, s in enumerate(src)]
        cont += [(f"LINE NUMBER:\t{ln0}", "mjte_line_number"), (f"DETAILS:\t{err}", "mjte_details"),
                 (f"\tat {cid}:{ln0} (doScript)", "stack_frame"), (f"\tat {cid}:{ln0 + 30}", "stack_frame"),
                 ("\tat com.mirth.connect.connectors.js.JavaScriptDispatcher$JavaScriptDispatcherTask.doCall(JavaScriptDispatcher.java:184)", "stack_frame"),
                 ("\tat com.mirth.connect.connectors.js.JavaScriptDispatcher$JavaScriptDispatcherTask.doCall(JavaScriptDispatcher.java:122)", "stack_frame"),
                 ("\tat com.mirth.connect.server.util.javascript.JavaScriptTask.call(JavaScriptTask.java:113)", "stack_frame"),
                 ("\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)", "stack_frame"),
                 ("\tat java.base/java.lang.Thread.run(Thread.java:1583)", "stack_frame"),
                 (f"Caused by: org.mozilla.javascript.EcmaError: {err} ({cid}#{ln0})", "caused_by"),
                 ("\tat org.mozilla.javascript.ScriptRuntime.constructError(ScriptRuntime.java:4913)", "stack_frame"),
                 (f"\t... {g.num(8, 20)} more", "frames_more")]
        m("ERROR", "com.mirth.connect.connectors.js.JavaScriptDispatcher", 193, f"Error evaluating JavaScript Writer (JavaScript Writer \"To EHR\" on channel {cid}).", "js_writer_error", cont)

    def file_err():
        m("ERROR", "com.mirth.connect.connectors.file.FileReceiver", 466, f"Error reading file /mnt/census/in/census_{L.t:%Y%m%d}_{g.num(1, 4)}.csv (File Reader \"Source\" on channel {ch['Census_File_Import']}).", "file_read_error", [
            (f"com.mirth.connect.connectors.file.FileConnectorException: Error reading file /mnt/census/in/census_{L.t:%Y%m%d}.csv", "exception_line"),
            ("\tat com.mirth.connect.connectors.file.FileReceiver.processFile(FileReceiver.java:388)", "stack_frame"),
            ("\tat com.mirth.connect.connectors.file.FileReceiver.poll(FileReceiver.java:249)", "stack_frame"),
            ("Caused by: java.nio.file.AccessDeniedException: /mnt/census/in/.lock", "caused_by"),
            (f"\t... {g.num(4, 9)} more", "frames_more")])

    def queue_warn():
        m("WARN", "com.mirth.connect.donkey.server.channel.DestinationConnector", 739, f"Error processing queued message {g.num(10 ** 5, 10 ** 7)}-1 (QUEUED) for channel {ch['ORM_to_RIS']} (To RIS) on server {g.uuid()}. This error is expected if the message was manually removed from the queue.", "queued_message_error")

    def census():
        n = g.num(200, 900)
        m("INFO", "js-connector", "?", f"Census import: {n} rows read, {n - g.num(0, 5)} upserted, {g.num(0, 5)} skipped", "js_census_import")

    def restart():
        m("INFO", "com.mirth.connect.server.Mirth", 360, "shutting down mirth due to normal request", "shutting_down")
        L.tick(40)
        startup()

    startup()
    ev = [(40, adt), (20, oru), (12, orm), (1.5, tcp_recv_err), (1.2, tcp_send_err), (0.8, js_err), (0.5, file_err), (1.5, queue_warn), (1, census), (0.1, restart)]
    return L.run(slowed(L, ev, 25), None)


# 16 --------------------------------------------------------------- QuickFIX/J 2.3 ScreenLog of a broker's FIX acceptor (three client sessions), stdout captured to a file:
#   "<YYYYMMDD-HH:MM:SS, FIX.4.4:BROKER->CLIENT1, incoming|outgoing|event|error> (text)", the FIX messages with their raw SOH separators;
#   logons, heartbeats, test requests, orders and execution reports, cancels and rejects, resends, heartbeat timeouts, the daily reset
@checked
def log_quickfixj(seed):
    L = Log("quickfixj_screenlog", seed, "full", False, False)
    g = L.g
    SOH = "\x01"
    sessions = [{"v": "FIX.4.4", "them": "CLIENT1", "ip": "10.0.5.21", "inseq": 1, "outseq": 1, "up": False},
                {"v": "FIX.4.4", "them": "CLIENT2", "ip": "10.0.5.37", "inseq": 1, "outseq": 1, "up": False},
                {"v": "FIX.4.2", "them": "HEDGEFUND3", "ip": "172.16.8.4", "inseq": 1, "outseq": 1, "up": False}]
    syms = [("AAPL", 190), ("MSFT", 420), ("NVDA", 130), ("TSLA", 250), ("SAP", 210), ("ASML", 700), ("BMW", 85)]
    st = {"ord": g.num(100000, 900000), "exec": g.num(10 ** 6, 10 ** 7), "open": []}

    def sid(s):
        return f"{s['v']}:BROKER->{s['them']}"

    def line(s, kind, text, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        L.emit(f"<{L.t:%Y%m%d-%H:%M:%S}, {sid(s)}, {kind}> ({text})", ev)

    def fix(s, mtype, body, incoming):
        sender, target = (s["them"], "BROKER") if incoming else ("BROKER", s["them"])
        seq = s["inseq"] if incoming else s["outseq"]
        if incoming:
            s["inseq"] += 1
        else:
            s["outseq"] += 1
        fields = [(35, mtype), (34, seq), (49, sender), (52, f"{L.t:%Y%m%d-%H:%M:%S}.{ms3(L.t)}"), (56, target)] + body
        rest = "".join(f"{k}={v}{SOH}" for k, v in fields)
        head = f"8={s['v']}{SOH}9={len(rest)}{SOH}"
        cs = sum((head + rest).encode()) % 256
        return f"{head}{rest}10={cs:03d}{SOH}"

    def msg(s, mtype, body, incoming):
        line(s, "incoming" if incoming else "outgoing", fix(s, mtype, body, incoming), "incoming" if incoming else "outgoing")

    def event(s, text, ev):
        line(s, "event", text, ev)

    def error(s, text, ev):
        line(s, "error", text, ev)

    def startup():
        for s in sessions:
            event(s, f"Session {sid(s)} schedule is daily, 00:00:00-UTC - 23:59:00-UTC", "schedule_is")
            event(s, f"Created session: {sid(s)}", "created_session")

    def logon(s=None):
        down = [x for x in sessions if not x["up"]]
        if s is None:
            if not down:
                return order()
            s = g.c(down)
        event(s, f"Accepting session {sid(s)} from /{s['ip']}:{g.port()}", "accepting_session")
        event(s, "Acceptor heartbeat set to 30 seconds", "heartbeat_set")
        reset = g.r.random() < 0.3
        if reset:
            s["inseq"], s["outseq"] = 1, 1
        body = [(98, 0), (108, 30)] + ([(141, "Y")] if reset else []) + ([(553, s["them"].lower()), (554, "********")] if s["v"] == "FIX.4.4" else [])
        msg(s, "A", body, True)
        if reset:
            event(s, "Logon contains ResetSeqNumFlag=Y, resetting sequence numbers to 1", "reset_seqnum")
        event(s, "Received logon", "received_logon")
        event(s, "Responding to Logon request", "responding_logon")
        msg(s, "A", [(98, 0), (108, 30)] + ([(141, "Y")] if reset else []), False)
        s["up"] = True
        if not reset and g.r.random() < 0.25:
            frm = s["outseq"] - g.num(2, 9)
            msg(s, "2", [(7, frm), (16, 0)], True)
            event(s, f"Received ResendRequest FROM: {frm} TO: 0", "received_resend")
            event(s, f"Sent SequenceReset TO: {s['outseq'] + 1}", "sent_seqreset")
            msg(s, "4", [(43, "Y"), (122, f"{L.t:%Y%m%d-%H:%M:%S}.{ms3(L.t)}"), (123, "Y"), (36, s["outseq"] + 1)], False)

    def heartbeats():
        for s in sessions:
            if s["up"]:
                msg(s, "0", [], g.r.random() < 0.5)

    def order():
        up = [x for x in sessions if x["up"]]
        if not up:
            return logon()
        s = g.c(up)
        st["ord"] += 1
        sym, px = g.c(syms)
        side = g.c([1, 2])
        qty = g.c([100, 200, 500, 1000, 2500])
        ordtype = g.c([1, 2, 2])
        lpx = round(px * g.r.uniform(0.98, 1.02), 2)
        clid = f"{s['them'][:2]}{L.t:%m%d}-{st['ord']}"
        body = [(11, clid), (21, 1), (55, sym), (54, side), (60, f"{L.t:%Y%m%d-%H:%M:%S}.{ms3(L.t)}"), (38, qty), (40, ordtype)] + ([(44, lpx)] if ordtype == 2 else []) + [(59, g.c([0, 0, 3]))]
        msg(s, "D", body, True)
        if g.r.random() < 0.04:
            reason = g.c([("Value is incorrect (out of range) for this tag", 5, 54), ("Required tag missing", 1, 38), ("Tag specified without a value", 4, 44)])
            event(s, f"Message {s['inseq'] - 1} Rejected: {reason[0]}:{reason[2]}", "message_rejected")
            msg(s, "3", [(45, s["inseq"] - 1), (371, reason[2]), (372, "D"), (373, reason[1]), (58, reason[0])], False)
            return
        st["exec"] += 1
        oid = f"O{st['ord']}"
        msg(s, "8", [(37, oid), (11, clid), (17, f"E{st['exec']}"), (150, 0), (39, 0), (55, sym), (54, side), (38, qty)] + ([(44, lpx)] if ordtype == 2 else []) +
            [(32, 0), (31, 0), (151, qty), (14, 0), (6, 0), (60, f"{L.t:%Y%m%d-%H:%M:%S}.{ms3(L.t)}")], False)
        st["open"].append((s, oid, clid, sym, side, qty, lpx))
        if ordtype == 1 or g.r.random() < 0.5:
            fill()

    def fill():
        if not st["open"]:
            return order()
        o = g.c(st["open"])
        s, oid, clid, sym, side, qty, px = o
        if not s["up"]:
            return
        done = 0
        while done < qty:
            L.tick(0.4)
            q = min(qty - done, g.c([100, 100, 200, qty]))
            done += q
            st["exec"] += 1
            p = round(px * g.r.uniform(0.999, 1.001), 2)
            msg(s, "8", [(37, oid), (11, clid), (17, f"E{st['exec']}"), (150, "F"), (39, 2 if done == qty else 1), (55, sym), (54, side), (38, qty), (32, q), (31, p),
                         (151, qty - done), (14, done), (6, p), (60, f"{L.t:%Y%m%d-%H:%M:%S}.{ms3(L.t)}")], False)
            if g.r.random() < 0.3:
                break
        if done == qty:
            st["open"].remove(o)

    def cancel():
        if not st["open"] or g.r.random() < 0.15:
            up = [x for x in sessions if x["up"]]
            if not up:
                return logon()
            s = g.c(up)
            st["ord"] += 1
            orig = f"{s['them'][:2]}{L.t:%m%d}-{st['ord'] - g.num(50, 900)}"
            msg(s, "F", [(41, orig), (11, f"{s['them'][:2]}{L.t:%m%d}-{st['ord']}"), (55, g.c(syms)[0]), (54, 1), (60, f"{L.t:%Y%m%d-%H:%M:%S}.{ms3(L.t)}"), (38, 100)], True)
            msg(s, "9", [(37, "NONE"), (11, f"{s['them'][:2]}{L.t:%m%d}-{st['ord']}"), (41, orig), (39, 8), (434, 1), (102, 1), (58, "Unknown order")], False)
            return
        o = g.c(st["open"])
        s, oid, clid, sym, side, qty, px = o
        if not s["up"]:
            return
        st["ord"] += 1
        nclid = f"{s['them'][:2]}{L.t:%m%d}-{st['ord']}"
        msg(s, "F", [(41, clid), (11, nclid), (55, sym), (54, side), (60, f"{L.t:%Y%m%d-%H:%M:%S}.{ms3(L.t)}"), (38, qty)], True)
        st["exec"] += 1
        msg(s, "8", [(37, oid), (11, nclid), (41, clid), (17, f"E{st['exec']}"), (150, 4), (39, 4), (55, sym), (54, side), (38, qty), (32, 0), (31, 0), (151, 0), (14, 0), (6, 0)], False)
        st["open"].remove(o)

    def drop():
        up = [x for x in sessions if x["up"]]
        if not up:
            return logon()
        s = g.c(up)
        k = g.r.random()
        if k < 0.4:
            msg(s, "1", [(112, "TEST")], False)
            event(s, "Sent test request TEST", "sent_test_request")
            L.tick(30)
            error(s, "Disconnecting: Timed out waiting for heartbeat", "timed_out_heartbeat")
        elif k < 0.7:
            error(s, "Disconnecting: Encountered END_OF_STREAM", "end_of_stream")
        else:
            msg(s, "5", [(58, g.c(["End of day", "Client shutdown", "Maintenance"]))], True)
            event(s, "Received logout request", "received_logout")
            msg(s, "5", [], False)
            event(s, "Sent logout response", "sent_logout_response")
        s["up"] = False
        if g.r.random() < 0.5:
            L.tick(g.num(5, 60))
            logon(s)

    def gap():
        up = [x for x in sessions if x["up"]]
        if not up:
            return logon()
        s = g.c(up)
        exp = s["inseq"]
        s["inseq"] += g.num(2, 4)
        m = fix(s, "0", [], True)
        event(s, f"MsgSeqNum too high, expecting {exp} but received {s['inseq'] - 1}: {m}", "seqnum_too_high")
        msg(s, "2", [(7, exp), (16, 0)], False)
        event(s, f"Sent ResendRequest FROM: {exp} TO: 0", "sent_resend_request")
        L.emit(f"<{L.t:%Y%m%d-%H:%M:%S}, {sid(s)}, incoming> ({m})", "incoming")

    def daily_reset():
        for s in sessions:
            event(s, f"Session state is not current; resetting {sid(s)}", "state_not_current")
            s["inseq"], s["outseq"], s["up"] = 1, 1, False
        st["open"].clear()

    startup()
    for s in sessions:
        logon(s)

    def tick():
        heartbeats()

    ev = [(30, tick), (22, order), (10, fill), (5, cancel), (1.5, drop), (1.2, logon), (0.6, gap), (0.05, daily_reset)]
    return L.run(slowed(L, ev, 12), None)


# 17 --------------------------------------------------------------- z/OS 2.5 hardcopy log (JES2 SYSLOG of system PRD1, saved from SDSF with XDC): fixed columns: record type, request
#   type, routing codes, system name, date as yyyyddd (day of year), time to hundredths, job id or console, MCS flags, then the message;
#   multi-line messages as M (first), D (data), E (end) lines that repeat only the message number; the night's batch, TSO, RACF, DB2, CICS
@checked
def log_zos_syslog(seed):
    L = Log("zos_syslog", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 21, 30, 0, tzinfo=UTC))
    g = L.g
    SYS = "PRD1"
    st = {"job": g.num(10000, 40000), "tsu": g.num(1000, 9000), "msgno": g.num(100, 900), "reply": g.num(1, 90)}
    jobs = ["PAYR0100", "PAYR0200", "PAYR0300", "GLDAILY1", "GLDAILY2", "ARBILL01", "INVUPD01", "DB2PIMG1", "DB2PREOR", "HRX0450N", "CUSTEXT1", "BKPVOL01", "SMFDUMP1", "RPTMTH01"]
    users = ["TS1234", "OPS02", "JKELLER", "MRAMOS", "DBADMIN", "SYSPRG1"]

    def hdr(rt, req, route, job, mcs, t=None):
        t = t or L.t
        return f"{rt}{req}{route:<7} {SYS:<8} {t:%Y}{t.timetuple().tm_yday:03d} {t:%H:%M:%S}.{t.microsecond // 10000:02d} {job:<8} {mcs}  "

    def n(job, text, ev, route="0000000", mcs="00000090", req=" "):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(hdr("N", req, route, job, mcs) + text, ev)

    def multi(job, first, ev_first, lines, route="0000000", mcs="00000090", req=" "):
        """first line M, data lines D, last line E; lines: [(text, event)]."""
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        st["msgno"] = st["msgno"] % 999 + 1
        no = st["msgno"]
        L.emit(hdr("M", req, route, job, mcs) + f"{first}  {no}" if req != "R" else hdr("M", req, route, job, mcs) + first, ev_first)
        for i, (text, ev) in enumerate(lines):
            rt = "E" if i == len(lines) - 1 else "D"
            L.emit(f"{rt}{req}{' ' * 37}{no:>8} {mcs}  {text}", ev)
        return no

    def jobid():
        st["job"] += 1
        return f"JOB{st['job'] % 100000:05d}"

    def hhmmss(t=None):
        return f"{(t or L.t):%H.%M.%S}"

    def batch():
        name = g.c(jobs)
        jid = jobid()
        n(f"STC0{g.num(1000, 9999)}", f"$HASP100 {name:<8} ON INTRDR                      FROM STC0{g.num(1000, 9999)} CA7ONL", "hasp100")
        L.tick(1)
        n(jid, f"$HASP373 {name:<8} STARTED - INIT {g.num(1, 12):<4} - CLASS {g.c(['A', 'A', 'B', 'N']):<8} - SYS {SYS}", "hasp373")
        n(jid, f"IEF403I {name} - STARTED - TIME={hhmmss()}", "ief403i")
        L.tick(g.num(10, 600))
        r = g.r.random()
        if r < 0.08:
            step = g.c(["STEP010", "STEP020", "SORT01", "UPDATE"])
            code = g.c(["0C7", "0C4", "806", "B37", "322"])
            n(jid, f"IEF450I {name} {step} - ABEND=S{code} U0000 REASON={g.c(['00000000', '00000004', '00000010'])}  TIME={hhmmss()}", "ief450i")
            if code in ("0C7", "0C4"):
                psw = g.HX(8)
                multi(jid, "IEA995I SYMPTOM DUMP OUTPUT", "iea995i", [
                    (f"SYSTEM COMPLETION CODE={code}  REASON CODE={g.c(['00000007', '00000004', '00000011'])}", "iea995i_completion_code"),
                    (f" TIME={hhmmss()}  SEQ={g.num(1000, 99999):05d}  CPU=00{g.num(0, 7)}0  ASID={g.num(30, 400):04X}", "iea995i_time"),
                    (f" PSW AT TIME OF ERROR  078D1000   {psw}  ILC 6  INTC {code[1:]:0>2}", "iea995i_psw"),
                    (f"   ACTIVE LOAD MODULE           ADDRESS={g.HX(8)}  OFFSET={g.HX(8)}", "iea995i_load_module"),
                    (f"   NAME={g.c(['PAYCALC', 'GLPOST', 'ARBILL', 'INVUPD'])}", "iea995i_name"),
                    (f"   DATA AT PSW  {g.HX(8)} - {g.HX(8)}  {g.HX(8)}  {g.HX(8)}", "iea995i_data_at_psw"),
                    (f"   GR 0: {g.HX(8)}   1: {g.HX(8)}", "iea995i_gr"), (f"      2: {g.HX(8)}   3: {g.HX(8)}", "iea995i_gr_cont"),
                    (f"      4: {g.HX(8)}   5: {g.HX(8)}", "iea995i_gr_cont"), (f"      6: {g.HX(8)}   7: {g.HX(8)}", "iea995i_gr_cont"),
                    (f"      8: {g.HX(8)}   9: {g.HX(8)}", "iea995i_gr_cont"), (f"      A: {g.HX(8)}   B: {g.HX(8)}", "iea995i_gr_cont"),
                    (f"      C: {g.HX(8)}   D: {g.HX(8)}", "iea995i_gr_cont"), (f"      E: {g.HX(8)}   F: {g.HX(8)}", "iea995i_gr_cont"),
                    ("   END OF SYMPTOM DUMP", "iea995i_end")])
            elif code == "B37":
                n(jid, f"IEC030I B37-04,IFG0554A,{name},{step},OUTFILE,0A8{g.num(0, 9)},PRD0{g.num(10, 99)},{g.c(['PROD.GL.DAILY.EXTRACT', 'PROD.AR.BILLING.OUT'])}", "iec030i")
            n(jid, f"IEF404I {name} - ENDED - TIME={hhmmss()}", "ief404i")
            n(jid, f"$HASP395 {name:<8} ENDED - ABEND=S{code}", "hasp395")
            return
        if r < 0.12:
            racf(jid, name)
        if r < 0.16:
            n(jid, f"IEC161I 056-084,{name},STEP010,{g.c(['PAYMAST', 'CUSTMAS', 'INVFILE'])},,,PROD.{g.c(['PAYROLL', 'CUST', 'INV'])}.MASTER.KSDS.DATA,", "iec161i")
        n(jid, f"IEF404I {name} - ENDED - TIME={hhmmss()}", "ief404i")
        n(jid, f"$HASP395 {name:<8} ENDED - RC={g.c(['0000', '0000', '0000', '0004', '0008'])}", "hasp395")

    def racf(jid, name):
        multi(jid, f"ICH408I USER(BATCH01 ) GROUP(PRODBAT ) NAME(PRODUCTION BATCH    )", "ich408i", [
            (f"  PROD.{g.c(['PAYROLL', 'GL', 'HR'])}.{g.c(['MASTER', 'HISTORY', 'ARCHIVE'])} CL(DATASET ) VOL(PRD0{g.num(10, 99)})", "ich408i_resource"),
            ("  INSUFFICIENT ACCESS AUTHORITY", "ich408i_insufficient"), (f"  FROM PROD.{g.c(['PAYROLL', 'GL', 'HR'])}.* (G)", "ich408i_from"),
            (f"  ACCESS INTENT({g.c(['UPDATE ', 'ALTER  '])})  ACCESS ALLOWED(READ   )", "ich408i_intent")])

    def tso():
        u = g.c(users)
        st["tsu"] += 1
        tid = f"TSU{st['tsu'] % 100000:05d}"
        if g.r.random() < 0.12:
            multi(tid, f"ICH408I USER({u:<8}) GROUP(TSOUSERS) NAME({g.c(['J KELLER', 'M RAMOS', 'OPERATIONS 2']):<20})", "ich408i", [
                ("  LOGON/JOB INITIATION - INVALID PASSWORD", "ich408i_invalid_password")])
            n(tid, "IRR013I VERIFICATION FAILED. INVALID PASSWORD GIVEN.", "irr013i")
            return
        n(tid, f"IEF125I {u} - LOGGED ON - TIME={hhmmss()}", "ief125i")
        n(tid, f"$HASP373 {u:<8} STARTED", "hasp373_tso")
        L.tick(g.num(60, 3000))
        n(tid, f"IEF126I {u} - LOGGED OFF - TIME={hhmmss()}", "ief126i")
        n(tid, f"$HASP395 {u:<8} ENDED - RC=0000", "hasp395")

    def display():
        con = g.c(["OPER1", "OPER2", "SDSFCON"])
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        cmd = g.c(["D A,L", "D A,L", "D R,L", "D SMF"])
        L.emit(hdr("N", "C", "0000000", con, "00000212") + cmd, "command")
        if cmd == "D A,L":
            st["msgno"] = st["msgno"] % 999 + 1
            no = st["msgno"]
            L.t += dt.timedelta(milliseconds=g.num(10, 90))
            L.emit(hdr("M", "R", "0000000", con, "00000090") + f"IEE114I {hhmmss()} {L.t:%Y}.{L.t.timetuple().tm_yday:03d} ACTIVITY {no}", "iee114i")
            rows = [(" JOBS     M/S    TS USERS    SYSAS    INITS   ACTIVE/MAX VTAM     OAS", "iee114i_heading"),
                    (f"{g.num(1, 30):05d}    {g.num(20, 40):05d}    {g.num(1, 30):05d}      {g.num(30, 40):05d}    {g.num(20, 30):05d}    {g.num(1, 30):05d}/{g.num(30, 60):05d}       {g.num(10, 40):05d}", "iee114i_counts")]
            for _ in range(g.num(2, 4)):
                rows.append((f" {g.c(['LLA', 'VLF', 'JES2', 'RACF', 'CICSPRD1', 'DB2PMSTR', 'DB2PDBM1', 'TCPIP', 'TN3270', 'FTPD'])} {g.c(['LLA', 'VLF', 'JES2', 'IEFPROC', 'CICS'])} {g.c(['LLA', 'VLF', 'JES2', 'IEFPROC'])}  NSW  S  "
                             f"{g.c(['RACF', 'CICSPRD1', 'DB2PMSTR', 'DB2PDBM1'])} {g.c(['IEFPROC', 'CICS', 'DB2'])} {g.c(['IEFPROC', 'DB2'])}  NSW  S", "iee114i_row"))
            for i, (text, ev) in enumerate(rows):
                L.emit(f"{'E' if i == len(rows) - 1 else 'D'}R{' ' * 37}{no:>8} 00000090  {text}", ev)
        elif cmd == "D R,L":
            n(con, f"IEE112I {hhmmss()} PENDING REQUESTS {g.num(100, 999)}", "iee112i", req="R")
        else:
            n(con, f"IEE974I {hhmmss()} SMF DATA SETS {g.num(100, 999)}", "iee974i", req="R")

    def db2():
        ds = g.c(["DS01", "DS02", "DS03"])
        rba = g.HX(20)
        multi("DB2PMSTR", f"DSNJ002I  -DB2P FULL ACTIVE LOG DATA SET", "dsnj002i", [
            (f"DSNAME=DB2P.LOGCOPY1.{ds},", "dsnj002i_dsname"), (f"STARTRBA=0000{rba},ENDRBA=0000{g.HX(20)}", "dsnj002i_rba")])
        L.tick(g.num(30, 300))
        multi("DB2PMSTR", f"DSNJ003I  -DB2P FULL ARCHIVE LOG VOLUME", "dsnj003i", [
            (f"DSNAME=DB2P.ARCHLOG1.A{g.num(10 ** 6, 10 ** 7 - 1):07d}, STARTRBA=0000{rba},", "dsnj003i_dsname"),
            (f"ENDRBA=0000{g.HX(20)}, STARTLRSN=00{g.HX(20)},", "dsnj003i_endrba"), (f"ENDLRSN=00{g.HX(20)}, UNIT=SYSALLDA,", "dsnj003i_endlrsn"),
            (f"COPY1VOL=ARC{g.num(100, 999)}, VOLSPAN=00, CATLG=YES", "dsnj003i_copyvol")])
        n("DB2PMSTR", "DSNJ139I  -DB2P LOG OFFLOAD TASK ENDED", "dsnj139i")

    def cics():
        tran = g.c(["PAYI", "CUSI", "ORDE", "INVQ"])
        n("CICSPRD1", f"+DFHAC2206 {L.t:%m/%d/%Y %H:%M:%S} CICSPRD1 Transaction {tran} failed with abend {g.c(['ASRA', 'AEY9', 'AICA', 'ASRB'])}. Updates to local recoverable resources backed out.", "dfhac2206")

    def slip():
        n(f"STC0{g.num(1000, 9999)}", f"IEA989I SLIP TRAP ID=X33E MATCHED.  JOBNAME=*UNAVAIL, ASID={g.num(30, 400):04X}.", "iea989i", route="4000000")

    def smf():
        n("SMF", f"IEE360I SMF NOW RECORDING ON SYS1.MAN{g.num(1, 3)} ON {SYS}  TIME={hhmmss()}", "iee360i")
        n("SMF", f"IEE391A SMF ENTER DUMP FOR SYS1.MAN{g.num(1, 3)} ON {SYS}", "iee391a", route="0040000", mcs="00000281")
        L.tick(10)
        name = "SMFDUMP1"
        jid = jobid()
        n(jid, f"$HASP373 {name:<8} STARTED - INIT 1    - CLASS S        - SYS {SYS}", "hasp373")
        n(jid, f"IEF403I {name} - STARTED - TIME={hhmmss()}", "ief403i")
        L.tick(60)
        n(jid, f"IEF404I {name} - ENDED - TIME={hhmmss()}", "ief404i")
        n(jid, f"$HASP395 {name:<8} ENDED - RC=0000", "hasp395")

    def wtor():
        st["reply"] = st["reply"] % 99 + 1
        r = st["reply"]
        name = g.c(jobs)
        jid = f"JOB{st['job'] % 100000:05d}"
        n(jid, f"*{r:02d} IEF238D {name} - REPLY DEVICE NAME OR 'CANCEL'.", "ief238d", route="0020000", mcs="00000281")
        L.tick(g.num(30, 600))
        n(g.c(["OPER1", "OPER2"]), f"R {r},CANCEL", "command", mcs="00000212", req="C")
        n(jid, f"IEE600I REPLY TO {r:02d} IS;CANCEL", "iee600i")

    def hasp050():
        n("JES2", f"$HASP050 JES2 RESOURCE SHORTAGE OF {g.c(['JOES', 'TGS ', 'JQES'])} - {g.num(80, 95)}% UTILIZATION REACHED", "hasp050", route="4000000", mcs="00000281")

    ev = [(40, batch), (12, tso), (4, display), (2, db2), (3, cics), (6, slip), (0.5, smf), (0.8, wtor), (0.6, hasp050)]
    return L.run(slowed(L, ev, 40), None)


# 18 --------------------------------------------------------------- go-ethereum (geth) 1.14.12 mainnet full node behind a Lighthouse beacon node, `journalctl -u geth -o cat`:
#   the terminal format without colour, "LEVEL[MM-DD|HH:MM:SS.mmm] message" with the message padded to 40 columns when key=value pairs follow
#   (integers with thousands separators, hashes shortened "1a2b3c..4d5e6f"); a block every 12 s, the beacon client failing and the catch-up,
#   reorgs, peers, a restart for an upgrade
@checked
def log_geth(seed):
    L = Log("geth_node", seed, "noyear", True, False)
    g = L.g
    st = {"num": 21301234, "peers": 50, "cl": True}

    def kv(k, v):
        if isinstance(v, bool):
            v = "true" if v else "false"
        elif isinstance(v, int) and not isinstance(v, bool):
            v = f"{v:,}" if abs(v) >= 100000 else str(v)
        v = str(v)
        if v == "" or " " in v or "\"" in v or "=" in v:
            v = json.dumps(v) if v else ""
        return f"{k}={v}"

    def e(lv, msg, ev, **ctx):
        L.t += dt.timedelta(microseconds=g.num(100, 30000))
        head = f"{lv:<5}[{L.t:%m-%d|%H:%M:%S}.{ms3(L.t)}] "
        if ctx:
            L.emit(head + f"{msg:<40} " + " ".join(kv(k.replace("__", "-"), v) for k, v in ctx.items()), ev, lv)
        else:
            L.emit(head + msg, ev, lv)

    def h():
        return f"{g.hx(6)}..{g.hx(6)}"

    def dur(lo, hi):
        x = g.r.uniform(lo, hi)
        return f"{x * 1000:.3f}ms" if x < 1 else f"{x:.3f}s"

    def size(lo, hi):
        return f"{g.r.uniform(lo, hi):.2f}MiB"

    def age(s):
        return f"{s}s" if s < 60 else f"{s // 60}m{s % 60}s"

    def block():
        if not st["cl"]:
            return cl_down_tick()
        st["num"] += 1
        txs = g.num(40, 400)
        mg = g.r.uniform(5, 30)
        el = g.r.uniform(0.08, 0.9)
        e("INFO", "Imported new potential chain segment", "imported_potential", number=st["num"], hash=h(), blocks=1, txs=txs, mgas=f"{mg:.3f}", elapsed=f"{el * 1000:.3f}ms",
          mgasps=f"{mg / el:.3f}", age=age(g.num(1, 4)), triedirty=size(200, 256))
        if g.r.random() < 0.02:
            e("INFO", "Chain reorg detected", "chain_reorg", number=st["num"] - 1, hash=h(), drop=1, dropfrom=h(), add=1, addfrom=h())
        e("INFO", "Chain head was updated", "chain_head_updated", number=st["num"], hash=h(), root=h(), elapsed=dur(0.0005, 0.004), age=age(g.num(1, 4)))

    def known():
        e("WARN", "Ignoring already known beacon payload", "known_payload", number=st["num"], hash=h(), age=age(g.num(12, 200)))

    def snap_warn():
        e("WARN", "Snapshot extension registration failed", "snap_registration_failed", peer=g.hx(8), err="peer connected on snap without compatible eth support")

    def peers():
        st["peers"] = max(3, min(50, st["peers"] + g.num(-20, 10)))
        if st["peers"] < 40:
            e("INFO", "Looking for peers", "looking_for_peers", peercount=st["peers"], tried=g.num(20, 200), static=0)

    def cl_down():
        if not st["cl"]:
            return cl_up()
        st["cl"] = False
        e("WARN", "Beacon client online, but no consensus updates received in a while. Please fix your beacon client to follow the chain!", "no_consensus_updates")

    def cl_down_tick():
        if g.r.random() < 0.3:
            e("WARN", "Post-merge network, but no beacon client seen. Please launch one to follow the chain!", "no_beacon_client")
        elif g.r.random() < 0.15:
            cl_up()

    def cl_up():
        st["cl"] = True
        behind = g.num(5, 300)
        e("INFO", "Forkchoice requested sync to new head", "forkchoice_sync", number=st["num"] + behind, hash=h(), finalized=st["num"] + behind - 64)
        for k in range(g.num(1, 3)):
            L.tick(8)
            e("INFO", "Syncing beacon headers", "syncing_beacon_headers", downloaded=behind * (k + 1) // 3, left=behind - behind * (k + 1) // 3, eta=age(g.num(1, 90)))
        e("INFO", "Block synchronisation started", "sync_started")
        while behind > 0:
            n = min(behind, g.num(20, 200))
            behind -= n
            st["num"] += n
            mg = g.r.uniform(500, 4000)
            el = g.r.uniform(4, 9)
            L.tick(8)
            e("INFO", "Imported new chain segment", "imported_segment", number=st["num"], hash=h(), blocks=n, txs=n * g.num(100, 200), mgas=f"{mg:.3f}", elapsed=f"{el:.3f}s",
              mgasps=f"{mg / el:.3f}", age=age(behind * 12 + g.num(1, 11)), triedirty=size(200, 256))
        e("INFO", "Chain head was updated", "chain_head_updated", number=st["num"], hash=h(), root=h(), elapsed=dur(0.0005, 0.004), age=age(g.num(1, 4)))

    def startup():
        e("INFO", "Starting Geth on Ethereum mainnet...", "starting_geth")
        e("INFO", "Bumping default cache on mainnet", "bumping_cache", provided=1024, updated=4096)
        e("INFO", "Maximum peer count", "max_peer_count", ETH=50, total=50)
        e("INFO", "Smartcard socket not found, disabling", "smartcard_not_found", err="stat /run/pcscd/pcscd.comm: no such file or directory")
        e("INFO", "Set global gas cap", "gas_cap", cap=50000000)
        e("INFO", "Initializing the KZG library", "kzg_init", backend="gokzg")
        e("INFO", "Allocated trie memory caches", "trie_caches", clean="614.00MiB", dirty="0.00B")
        e("INFO", "Using pebble as the backing database", "using_pebble")
        e("INFO", "Allocated cache and file handles", "cache_handles", database="/data/geth/geth/chaindata", cache="2.00GiB", handles=524288)
        L.tick(3)
        e("INFO", "Opened ancient database", "opened_ancient", database="/data/geth/geth/chaindata/ancient/chain", readonly=False)
        e("INFO", "State scheme set to already existing", "state_scheme", scheme="path")
        e("INFO", "Initialising Ethereum protocol", "init_protocol", network=1, dbversion=8)
        e("INFO", "Loaded most recent local block", "loaded_local_block", number=st["num"], hash=h(), td=58750003716598352816469, age=age(g.num(30, 400)))
        e("INFO", "Loaded most recent local finalized block", "loaded_finalized_block", number=st["num"] - 64, hash=h(), td=58750003716598352816469, age=age(g.num(700, 1200)))
        e("INFO", "Initialized transaction indexer", "tx_indexer", range="last 2350000 blocks")
        e("INFO", "Gasprice oracle is ignoring threshold set", "gasprice_oracle", threshold=2)
        e("INFO", "Starting peer-to-peer node", "starting_p2p", instance="Geth/v1.14.12-stable-293a300d/linux-amd64/go1.23.2")
        nid = g.hx(16)
        e("INFO", "New local node record", "new_node_record", seq=1733000000000 + g.num(0, 10 ** 6), id=nid, ip="127.0.0.1", udp=30303, tcp=30303)
        e("INFO", "Started P2P networking", "started_p2p", self=f"enode://{g.hx(128)}@127.0.0.1:30303")
        e("INFO", "IPC endpoint opened", "ipc_opened", url="/data/geth/geth.ipc")
        e("INFO", "Loaded JWT secret file", "jwt_loaded", path="/data/geth/jwtsecret", crc32=f"0x{g.hx(8)}")
        e("INFO", "HTTP server started", "http_started", endpoint="127.0.0.1:8545", auth=False, prefix="", cors="", vhosts="localhost")
        e("INFO", "WebSocket enabled", "ws_enabled", url="ws://127.0.0.1:8551")
        e("INFO", "HTTP server started", "http_started", endpoint="127.0.0.1:8551", auth=True, prefix="", cors="localhost", vhosts="localhost")
        L.tick(2)
        e("INFO", "New local node record", "new_node_record", seq=1733000000000 + g.num(10 ** 6, 10 ** 7), id=nid, ip="203.0.113.5", udp=30303, tcp=30303)
        st["peers"] = 0
        for _ in range(g.num(2, 4)):
            L.tick(10)
            st["peers"] += g.num(2, 9)
            e("INFO", "Looking for peers", "looking_for_peers", peercount=st["peers"], tried=g.num(20, 200), static=0)
        cl_up()

    def shutdown():
        e("INFO", "Got interrupt, shutting down...", "got_interrupt")
        e("INFO", "HTTP server stopped", "http_stopped", endpoint="127.0.0.1:8545")
        e("INFO", "HTTP server stopped", "http_stopped", endpoint="127.0.0.1:8551")
        e("INFO", "IPC endpoint closed", "ipc_closed", url="/data/geth/geth.ipc")
        e("INFO", "Ethereum protocol stopped", "protocol_stopped")
        e("INFO", "Transaction pool stopped", "txpool_stopped")
        e("INFO", "Persisting dirty state to disk", "persisting_state", root=h(), layers=128)
        L.tick(1)
        e("INFO", "Persisted dirty state to disk", "persisted_state", size=size(40, 200), elapsed=dur(0.3, 3))
        e("INFO", "Blockchain stopped", "blockchain_stopped")
        L.tick(30)
        startup()

    def journal_err():
        e("WARN", "Served engine_forkchoiceUpdatedV3", "served_fcu", reqid=g.num(1, 9999), duration=dur(1, 12), err="context deadline exceeded")

    startup()
    ev = [(70, block), (2, known), (2, snap_warn), (3, peers), (0.25, cl_down), (0.15, shutdown), (0.8, journal_err)]
    return L.run(slowed(L, ev, 10), None)


# 19 --------------------------------------------------------------- Monit 5.26 on an Ubuntu 20.04 web server in Germany (TZ Europe/Berlin), /var/log/monit.log:
#   "[CET Dec  1 11:00:00] error    : message", the zone's abbreviation inside the stamp, the level padded to 8; a month of a flaky LEMP host:
#   failed protocol tests and restarts, resource limits and recoveries, a full disk, a late backup, a broken mail relay, reloads, restarts
@checked
def log_monit(seed):
    L = Log("monit_log", seed, "noyear", True, False)
    g = L.g
    tz = dt.timezone(dt.timedelta(hours=1))
    HOST = "web01"
    procs = {"nginx": ("/usr/bin/systemctl", 80, "HTTP"), "php7.4-fpm": ("/usr/bin/systemctl", None, None), "mysql": ("/usr/bin/systemctl", 3306, "MYSQL"),
             "redis": ("/usr/bin/systemctl", 6379, "REDIS"), "postfix": ("/usr/bin/systemctl", 25, "SMTP"), "sshd": ("/usr/bin/systemctl", 22, "SSH")}
    st = {"pid": g.num(900, 3000), "bad": set(), "fails": {}, "mail": True, "res": set(), "mpid": g.num(500, 900)}

    def m(lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        lt = L.t.astimezone(tz)
        L.emit(f"[CET {lt:%b} {lt.day:>2} {lt:%H:%M:%S}] {lv:<8} : {msg}", ev, lv)

    def newpid():
        st["pid"] += g.num(5, 3000)
        return st["pid"]

    def mail_alert():
        if not st["mail"]:
            m("error", "Cannot open a connection to the mailserver localhost:25 -- Connection refused", "mailserver_connect")
            m("error", "Mail: Delivery failed -- no mail server is available", "mail_delivery_failed")
            m("error", "Alert handler failed, retry scheduled for next cycle", "alert_handler_failed")

    def proto_fail():
        cand = [p for p, v in procs.items() if v[1]]
        p = g.c(cand)
        port, proto = procs[p][1], procs[p][2]
        why = {"HTTP": g.c(["HTTP: Error receiving data -- Connection reset by peer", "HTTP error: Server returned status 502", "HTTP: Error receiving data -- Resource temporarily unavailable"]),
               "MYSQL": "MYSQL: error receiving login response", "REDIS": "REDIS: PING error -- Connection refused", "SMTP": "SMTP error: 421 4.3.2 Service shutting down",
               "SSH": "SSH: error receiving identification string -- Resource temporarily unavailable"}[proto]
        m("error", f"'{p}' failed protocol test [{proto}] at [localhost]:{port} [TCP/IP] -- {why}", "failed_protocol_test")
        mail_alert()
        st["fails"][p] = st["fails"].get(p, 0) + 1
        if st["fails"][p] >= 3 and g.r.random() < 0.3:
            m("error", f"'{p}' service restarted 3 times within 3 cycles(s) - unmonitor", "restarted_too_often")
            st["fails"][p] = 0
            return
        m("info", f"'{p}' trying to restart", "trying_to_restart")
        m("info", f"'{p}' stop: '/usr/bin/systemctl stop {p}'", "stop_program")
        L.tick(3)
        m("info", f"'{p}' start: '/usr/bin/systemctl start {p}'", "start_program")
        L.tick(60)
        if g.r.random() < 0.8:
            m("info", f"'{p}' connection succeeded to [localhost]:{port} [TCP/IP]", "connection_succeeded")
            st["fails"][p] = 0

    def not_running():
        p = g.c(list(procs))
        m("error", f"'{p}' process is not running", "process_not_running")
        mail_alert()
        m("info", f"'{p}' trying to restart", "trying_to_restart")
        m("info", f"'{p}' start: '/usr/bin/systemctl start {p}'", "start_program")
        L.tick(30)
        if p == "php7.4-fpm" and g.r.random() < 0.4:
            m("error", f"'{p}' failed to start (exit status 1) -- '/usr/bin/systemctl start {p}': Job for {p}.service failed because the control process exited with error code.", "failed_to_start")
            m("error", f"'{p}' process is not running", "process_not_running")
            L.tick(60)
        m("info", f"'{p}' process is running with pid {newpid()}", "process_running")

    def resource():
        kind = g.c(["cpu", "load", "mem", "mysqlmem", "cpu", "load"])
        if kind in st["res"]:
            st["res"].discard(kind)
            if kind == "cpu":
                m("info", f"'{HOST}' cpu user usage check succeeded [current cpu user usage = {g.f(2, 40, 1)}%]", "cpu_check_succeeded")
            elif kind == "load":
                m("info", f"'{HOST}' loadavg(5min) check succeeded [current loadavg(5min) = {g.f(0.1, 3, 1)}]", "loadavg_check_succeeded")
            elif kind == "mem":
                m("info", f"'{HOST}' mem usage check succeeded [current mem usage = {g.f(30, 70, 1)}%]", "mem_check_succeeded")
            else:
                m("info", f"'mysql' total mem amount check succeeded [current total mem amount = {g.f(0.8, 1.9, 1)} GB]", "total_mem_check_succeeded")
            return
        st["res"].add(kind)
        if kind == "cpu":
            m("error", f"'{HOST}' cpu user usage of {g.f(90.1, 99.9, 1)}% matches resource limit [cpu user usage > 90.0%]", "cpu_limit")
        elif kind == "load":
            m("error", f"'{HOST}' loadavg(5min) of {g.f(8.1, 30, 1)} matches resource limit [loadavg(5min) > 8.0]", "loadavg_limit")
        elif kind == "mem":
            m("error", f"'{HOST}' mem usage of {g.f(90.1, 99, 1)}% matches resource limit [mem usage > 90.0%]", "mem_limit")
        else:
            m("error", f"'mysql' total mem amount of {g.f(2.01, 3.5, 1)} GB matches resource limit [total mem amount > 2.0 GB]", "total_mem_limit")
        mail_alert()

    def disk():
        if "disk" in st["res"]:
            st["res"].discard("disk")
            m("info", f"'rootfs' space usage check succeeded [current space usage = {g.f(60, 85, 1)}%]", "space_check_succeeded")
        else:
            st["res"].add("disk")
            m("error", f"'rootfs' space usage {g.f(90.1, 99.5, 1)}% matches resource limit [space usage > 90.0%]", "space_limit")
            mail_alert()

    def backup():
        if g.r.random() < 0.6:
            m("error", "'backup_age' timestamp test failed for /var/backups/mysql/all.sql.gz", "timestamp_failed")
            mail_alert()
        else:
            m("info", "'backup_age' timestamp test succeeded for /var/backups/mysql/all.sql.gz", "timestamp_succeeded")

    def cert():
        m("error", f"'api_health' failed protocol test [HTTP] at [api.example.de]:443/health [TCP/IP TLS] -- HTTP error: Server returned status {g.c([502, 503, 504])}", "failed_protocol_test")
        L.tick(120)
        m("info", "'api_health' connection succeeded to [api.example.de]:443/health [TCP/IP TLS]", "connection_succeeded")

    def pid_changed():
        p = g.c(["postfix", "redis", "sshd"])
        old = st["pid"]
        m("warning", f"'{p}' process PID changed from {old} to {newpid()}", "pid_changed")

    def user():
        p = g.c(list(procs))
        a = g.c(["restart", "unmonitor", "monitor", "restart"])
        m("info", f"'{p}' {a} on user request", "on_user_request")
        m("info", f"Awakened by User defined signal 1", "awakened_sigusr1")
        L.tick(5)
        m("info", f"'{p}' {a} action done", "action_done")

    def mailtoggle():
        st["mail"] = not st["mail"]

    def reload():
        m("info", "Awakened by the SIGHUP signal", "awakened_sighup")
        m("info", "Reinitializing Monit -- control file '/etc/monit/monitrc'", "reinitializing")
        m("info", f"'{HOST}' Monit reloaded", "monit_reloaded")

    def restart(first=False):
        if not first:
            m("info", f"Monit daemon with pid [{st['mpid']}] stopped", "daemon_stopped")
            m("info", f"'{HOST}' Monit 5.26.0 stopped", "monit_stopped")
            L.tick(20)
            st["mpid"] = newpid()
        m("info", "Starting Monit 5.26.0 daemon with http interface at [localhost]:2812", "starting_monit")
        m("info", f"'{HOST}' Monit 5.26.0 started", "monit_started")

    restart(first=True)
    ev = [(25, proto_fail), (10, not_running), (28, resource), (5, disk), (6, backup), (4, cert), (3, pid_changed), (4, user), (0.6, mailtoggle), (1.2, reload), (0.6, restart)]
    return L.run(slowed(L, ev, 900), None)


# 20 --------------------------------------------------------------- ROS 2 Humble on a warehouse AMR: `ros2 launch amr_bringup bringup.launch.py 2>&1 | tee bringup.log` (Nav2, AMCL,
#   robot_localization, an RPLIDAR, a Python mission node): launch prefixes every line of a process with "[<executable>-N] ", the nodes
#   write rcutils' "[LEVEL] [<epoch s>.<ns>] [<logger>]: message", launch's own lines "[LEVEL] [<process>]: ..." have no time; a
#   traceback from the Python node, crashes and respawns
@checked
def log_ros2(seed):
    L = Log("ros2_launch_nav2", seed, "full", True, True)
    g = L.g
    procs = {"robot_state_publisher": 1, "rplidar_node": 2, "ekf_node": 3, "controller_server": 4, "smoother_server": 5, "planner_server": 6, "behavior_server": 7,
             "bt_navigator": 8, "waypoint_follower": 9, "velocity_smoother": 10, "lifecycle_manager": 11, "map_server": 12, "amcl": 13, "mission_executor": 14}
    pids = {}
    st = {"pid": g.num(3000, 5000), "x": 1.2, "y": 0.4, "goal": None}
    WS = "/home/amr/ws/install"

    def pname(exe):
        return f"{exe}-{procs[exe]}"

    def launch(lv, who, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(100, 5000))
        L.emit(f"[{lv}] [{who}]: {msg}", ev, lv, who)

    def n(exe, lv, logger, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(100, 20000))
        ns = f"{int(L.t.timestamp())}.{L.t.microsecond:06d}{g.num(0, 999):03d}"
        pre = f"[{pname(exe)}] "
        L.emit(f"{pre}[{lv}] [{ns}] [{logger}]: {msg}", ev, lv, logger)
        for text, e in cont:
            L.emit(pre + text, e, lv, logger)

    def raw(exe, text, ev):
        L.emit(f"[{pname(exe)}] {text}", ev)

    def started(exe):
        st["pid"] += g.num(1, 9)
        pids[exe] = st["pid"]
        launch("INFO", pname(exe), f"process started with pid [{st['pid']}]", "process_started")

    def lifecycle_launched(exe, node):
        n(exe, "INFO", node, "", "lifecycle_launched_header", [(f"\t{node} lifecycle node launched. ", "lifecycle_launched"),
                                                              ("\tWaiting on external lifecycle transitions to activate", "lifecycle_waiting"),
                                                              ("\tSee https://design.ros2.org/articles/node_lifecycle.html for more information.", "lifecycle_see")])

    def bringup():
        launch("INFO", "launch", f"All log files can be found below /home/amr/.ros/log/{L.t:%Y-%m-%d-%H-%M-%S}-{us6(L.t)}-amr01-{g.num(3000, 5000)}", "log_files_below")
        launch("INFO", "launch", "Default logging verbosity is set to INFO", "default_verbosity")
        for exe in procs:
            started(exe)
        for seg in ["base_link", "base_footprint", "laser", "imu_link", "left_wheel", "right_wheel", "caster_wheel"]:
            n("robot_state_publisher", "INFO", "robot_state_publisher", f"got segment {seg}", "got_segment")
        n("rplidar_node", "INFO", "rplidar_node", "RPLidar running on ROS2 package rplidar_ros. RPLIDAR SDK Version:2.0.0", "rplidar_running")
        n("rplidar_node", "INFO", "rplidar_node", "RPLidar S/N: " + g.HX(32), "rplidar_sn")
        n("rplidar_node", "INFO", "rplidar_node", "Firmware Ver: 1.29", "rplidar_firmware")
        n("rplidar_node", "INFO", "rplidar_node", "RPLidar health status : OK.", "rplidar_health")
        n("rplidar_node", "INFO", "rplidar_node", "current scan mode: Sensitivity, sample rate: 8 Khz, max_distance: 12.0 m, scan frequency:10.0 Hz, ", "rplidar_scan_mode")
        for exe, node in [("controller_server", "controller_server"), ("planner_server", "planner_server"), ("behavior_server", "behavior_server"), ("bt_navigator", "bt_navigator"),
                          ("map_server", "map_server"), ("amcl", "amcl")]:
            lifecycle_launched(exe, node)
        for lm, nodes in [("lifecycle_manager_localization", ["map_server", "amcl"]),
                          ("lifecycle_manager_navigation", ["controller_server", "smoother_server", "planner_server", "behavior_server", "bt_navigator", "waypoint_follower", "velocity_smoother"])]:
            n("lifecycle_manager", "INFO", lm, "Creating", "lm_creating")
            n("lifecycle_manager", "INFO", lm, "Creating and initializing lifecycle service clients", "lm_service_clients")
            n("lifecycle_manager", "INFO", lm, "Starting managed nodes bringup...", "lm_bringup")
            for node in nodes:
                n("lifecycle_manager", "INFO", lm, f"Configuring {node}", "lm_configuring")
                configure(node)
            for node in nodes:
                n("lifecycle_manager", "INFO", lm, f"Activating {node}", "lm_activating")
                n(node if node in procs else "controller_server", "INFO", node, "Activating", f"node_activating_{node}")
                n(node if node in procs else "controller_server", "INFO", node, f"Creating bond ({node}) to lifecycle manager.", "creating_bond")
                n("lifecycle_manager", "INFO", lm, f"Server {node} connected with bond.", "lm_server_bond")
            n("lifecycle_manager", "INFO", lm, "Managed nodes are active", "lm_active")
        n("amcl", "WARN", "amcl", "AMCL cannot publish a pose or update the transform. Please set the initial pose...", "amcl_no_initial_pose")
        L.tick(5)
        n("amcl", "INFO", "amcl", "initialPoseReceived", "amcl_initial_pose_received")
        n("amcl", "INFO", "amcl", f"Setting pose ({L.t.timestamp():.6f}): {st['x']:.3f} {st['y']:.3f} {g.f(-3.1, 3.1, 3)}", "amcl_setting_pose")
        n("mission_executor", "INFO", "mission_executor", "Mission executor ready, 4 missions loaded from /home/amr/missions.yaml", "mission_ready")

    def configure(node):
        exe = node if node in procs else "controller_server"
        if node == "controller_server":
            n(exe, "INFO", node, "Configuring controller interface", "cs_configuring")
            n(exe, "INFO", node, "getting goal checker plugins..", "cs_goal_checkers")
            n(exe, "INFO", node, "Controller frequency set to 20.0000Hz", "cs_frequency")
            for layer in ["voxel_layer", "inflation_layer"]:
                n(exe, "INFO", "local_costmap.local_costmap", f"Using plugin \"{layer}\"", "costmap_using_plugin")
                if layer == "voxel_layer":
                    n(exe, "INFO", "local_costmap.local_costmap", "Subscribed to Topics: scan", "costmap_subscribed")
                n(exe, "INFO", "local_costmap.local_costmap", f"Initialized plugin \"{layer}\"", "costmap_initialized_plugin")
            n(exe, "INFO", node, "Created progress_checker : progress_checker of type nav2_controller::SimpleProgressChecker", "cs_created_progress_checker")
            n(exe, "INFO", node, "Created goal checker : general_goal_checker of type nav2_controller::SimpleGoalChecker", "cs_created_goal_checker")
            n(exe, "INFO", node, "Created controller : FollowPath of type dwb_core::DWBLocalPlanner", "cs_created_controller")
            for i, c in enumerate(["RotateToGoal", "Oscillation", "BaseObstacle", "GoalAlign", "PathAlign", "PathDist", "GoalDist"]):
                n(exe, "INFO", node, f"Using critic \"{c}\" ({i + 1}/7)", "dwb_using_critic")
                n(exe, "INFO", node, "Critic plugin initialized", "dwb_critic_initialized")
        elif node == "planner_server":
            for layer in ["static_layer", "obstacle_layer", "inflation_layer"]:
                n(exe, "INFO", "global_costmap.global_costmap", f"Using plugin \"{layer}\"", "costmap_using_plugin")
                n(exe, "INFO", "global_costmap.global_costmap", f"Initialized plugin \"{layer}\"", "costmap_initialized_plugin")
            n(exe, "INFO", node, "Created global planner plugin GridBased of type nav2_navfn_planner/NavfnPlanner", "ps_created_planner")
            n(exe, "INFO", node, "Configuring plugin GridBased of type NavfnPlanner", "ps_configuring_plugin")
        elif node == "map_server":
            n(exe, "INFO", "map_io", "Loading yaml file: /home/amr/maps/warehouse_b.yaml", "map_loading_yaml")
            n(exe, "INFO", "map_io", "Loading image_file: /home/amr/maps/warehouse_b.pgm", "map_loading_image")
            n(exe, "INFO", "map_io", "Read map /home/amr/maps/warehouse_b.pgm: 1984 X 1216 map @ 0.05 m/cell", "map_read")
        elif node == "amcl":
            n(exe, "INFO", node, "Received a 1984 X 1216 map @ 0.050 m/pix", "amcl_received_map")
        elif node == "bt_navigator":
            n(exe, "INFO", node, "Configuring", f"node_configuring_{node}")
        elif node == "behavior_server":
            for b in ["spin", "backup", "drive_on_heading", "wait"]:
                n(exe, "INFO", node, f"Configuring {b}", "bs_configuring_behavior")
        else:
            n(exe, "INFO", node, "Configuring", f"node_configuring_{node}")

    def navigate():
        gx, gy = g.f(0.5, 95, 2), g.f(0.5, 58, 2)
        n("mission_executor", "INFO", "mission_executor", f"Mission '{g.c(['aisle_patrol', 'pick_run_b', 'dock', 'inventory_scan'])}' step {g.num(1, 7)}: goal ({gx}, {gy})", "mission_step")
        n("bt_navigator", "INFO", "bt_navigator", f"Begin navigating from current location ({st['x']:.2f}, {st['y']:.2f}) to ({gx}, {gy})", "bt_begin_navigating")
        n("controller_server", "INFO", "controller_server", "Received a goal, begin computing control effort.", "cs_received_goal")
        for _ in range(g.num(1, 6)):
            L.tick(g.r.uniform(0.5, 3))
            r = g.r.random()
            if r < 0.55:
                n("controller_server", "INFO", "controller_server", "Passing new path to controller.", "cs_new_path")
            elif r < 0.8:
                n("controller_server", "WARN", "controller_server", "Control loop missed its desired rate of 20.0000Hz", "cs_missed_rate")
            elif r < 0.9:
                n("controller_server", "WARN", "local_costmap.local_costmap", f"Sensor origin at ({st['x']:.2f}, {st['y']:.2f} 0.18) is out of map bounds (0.00, 0.00, 0.00) to (3.00, 3.00, 2.00). The costmap cannot raytrace for it.", "costmap_sensor_origin")
            else:
                n("ekf_node", "WARN", "ekf_filter_node", f"Failed to meet update rate! Took {g.r.uniform(0.021, 0.09):.6f}seconds. Try decreasing the rate, limiting sensor output frequency, or limiting the number of sensors.", "ekf_update_rate")
        r = g.r.random()
        st["x"], st["y"] = float(gx), float(gy)
        if r < 0.72:
            n("controller_server", "INFO", "controller_server", "Reached the goal!", "cs_reached_goal")
            n("bt_navigator", "INFO", "bt_navigator", "Goal succeeded", "bt_goal_succeeded")
        elif r < 0.85:
            n("controller_server", "ERROR", "controller_server", "Failed to make progress", "cs_failed_progress")
            n("controller_server", "WARN", "controller_server", "[follow_path] [ActionServer] Aborting handle.", "action_aborting")
            recovery()
            n("bt_navigator", "WARN", "bt_navigator", "Goal failed", "bt_goal_failed")
        elif r < 0.93:
            n("planner_server", "WARN", "planner_server", f"GridBased: failed to create plan with tolerance {g.c(['0.50', '0.25'])}.", "ps_failed_plan")
            n("planner_server", "WARN", "planner_server", "[compute_path_to_pose] [ActionServer] Aborting handle.", "action_aborting")
            recovery()
            n("bt_navigator", "WARN", "bt_navigator", "Goal failed", "bt_goal_failed")
        else:
            n("controller_server", "INFO", "controller_server", "Goal was canceled. Stopping the robot.", "cs_goal_canceled")
            n("bt_navigator", "INFO", "bt_navigator", "Goal canceled", "bt_goal_canceled")

    def recovery():
        for b in g.r.sample(["spin", "backup", "wait"], g.num(1, 2)):
            n("behavior_server", "INFO", "behavior_server", f"Running {b}", "bs_running")
            if b == "spin":
                n("behavior_server", "INFO", "behavior_server", f"Turning {g.c(['1.57', '3.14', '-1.57'])} for spin behavior.", "bs_turning")
            L.tick(3)
            if g.r.random() < 0.2:
                n("behavior_server", "WARN", "behavior_server", f"Collision Ahead - Exiting {b.capitalize()}", "bs_collision_ahead")
            else:
                n("behavior_server", "INFO", "behavior_server", f"{b} completed successfully", "bs_completed")

    def amcl_drop():
        n("amcl", "INFO", "amcl", f"Message Filter dropping message: frame 'laser' at time {L.t.timestamp() - g.r.uniform(0.05, 0.5):.3f} for reason 'the timestamp on the message is earlier than all the data in the transform cache'", "amcl_filter_dropping")

    def tf_old():
        t1 = L.t.timestamp()
        t0 = t1 - g.r.uniform(0.2, 1.5)
        n("controller_server", "ERROR", "tf_help", "Transform data too old when converting from odom to map", "tf_too_old")
        n("controller_server", "ERROR", "tf_help", f"Data time: {int(t1)}s {int((t1 % 1) * 1e9)}ns, Transform time: {int(t0)}s {int((t0 % 1) * 1e9)}ns", "tf_data_time")

    def lidar_timeout():
        n("rplidar_node", "ERROR", "rplidar_node", "Error, operation time out. RESULT_OPERATION_TIMEOUT! ", "rplidar_timeout")

    def amcl_crash():
        p = pids.get("amcl", 0)
        launch("ERROR", pname("amcl"), f"process has died [pid {p}, exit code -11, cmd '/opt/ros/humble/lib/nav2_amcl/amcl --ros-args -r __node:=amcl --params-file /tmp/launch_params_{g.alnum(8)} -r /tf:=tf -r /tf_static:=tf_static'].", "process_died")
        n("lifecycle_manager", "ERROR", "lifecycle_manager_localization", "Have not received a heartbeat from amcl.", "lm_no_heartbeat")
        n("lifecycle_manager", "ERROR", "lifecycle_manager_localization", "CRITICAL FAILURE: SERVER amcl IS DOWN after not receiving a heartbeat for 4000 ms. Shutting down related nodes.", "lm_critical_failure")
        L.tick(2)
        started("amcl")
        lifecycle_launched("amcl", "amcl")
        n("amcl", "INFO", "amcl", "Received a 1984 X 1216 map @ 0.050 m/pix", "amcl_received_map")

    def py_crash():
        p = pids.get("mission_executor", 0)
        f = f"{WS}/amr_missions/lib/python3.10/site-packages/amr_missions/executor.py"
        key = g.c(["dock_station_2", "aisle_14", "charger_b"])
        n("mission_executor", "ERROR", "mission_executor", f"Unknown waypoint '{key}' in mission 'pick_run_b'", "mission_unknown_waypoint")
        for text, ev in [("Traceback (most recent call last):", "tb_header"),
                         (f"  File \"{WS}/amr_missions/lib/amr_missions/mission_executor\", line 33, in <module>", "tb_file"),
                         ("    sys.exit(load_entry_point('amr-missions==0.3.1', 'console_scripts', 'mission_executor')())", "tb_code"),
                         (f"  File \"{f}\", line 212, in main", "tb_file"), ("    rclpy.spin(node)", "tb_code"),
                         ("  File \"/opt/ros/humble/local/lib/python3.10/dist-packages/rclpy/__init__.py\", line 222, in spin", "tb_file"),
                         ("    executor.spin_once()", "tb_code"),
                         ("  File \"/opt/ros/humble/local/lib/python3.10/dist-packages/rclpy/executors.py\", line 739, in spin_once", "tb_file"),
                         ("    self._spin_once_impl(timeout_sec)", "tb_code"),
                         (f"  File \"{f}\", line 148, in _on_step_done", "tb_file"), ("    wp = self.waypoints[step['target']]", "tb_code"),
                         (f"KeyError: '{key}'", "tb_exception")]:
            raw("mission_executor", text, ev)
        launch("ERROR", pname("mission_executor"), f"process has died [pid {p}, exit code 1, cmd '/usr/bin/python3 {WS}/amr_missions/lib/amr_missions/mission_executor --ros-args -r __node:=mission_executor --params-file /tmp/launch_params_{g.alnum(8)}'].", "process_died")
        L.tick(3)
        started("mission_executor")
        n("mission_executor", "INFO", "mission_executor", "Mission executor ready, 4 missions loaded from /home/amr/missions.yaml", "mission_ready")

    def battery():
        n("mission_executor", "INFO", "mission_executor", f"Battery {g.num(15, 100)}% ({g.f(23.0, 26.4, 2)} V), {g.num(0, 9)} missions queued", "mission_battery")

    bringup()
    ev = [(30, navigate), (6, amcl_drop), (3, tf_old), (0.8, lidar_timeout), (0.3, amcl_crash), (0.4, py_crash), (8, battery)]
    return L.run(slowed(L, ev, 20), None)


LOGS = [log_vbox, log_minio, log_frr, log_389ds, log_pulsar, log_tidb, log_cargo, log_jenkins_agent, log_eventviewer_csv, log_terraria,
        log_htcondor, log_hf_trainer, log_openocd, log_open5gs, log_mirth, log_quickfixj, log_zos_syslog, log_geth, log_monit, log_ros2]


if __name__ == "__main__":
    main(LOGS, WORK)
