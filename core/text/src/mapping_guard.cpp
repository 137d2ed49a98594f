// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
#include "mapping_guard.h"

#include <array>
#include <atomic>
#include <csignal>
#include <cstdint>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>

namespace logsleuth::text::detail {
namespace {

// Slots the signal handler reads without a lock: a slot's end is published last when it is
// taken and cleared first when it is freed, so the handler never sees a half-written range.
struct Slot {
    std::atomic<std::uintptr_t> begin{0};
    std::atomic<std::uintptr_t> end{0};
};
constexpr std::size_t kSlots = 256; // open files at once; more are read into memory
std::array<Slot, kSlots> g_slots;
std::mutex g_takeSlot; // writers only
struct sigaction g_previous{};

bool insideGuarded(std::uintptr_t address)
{
    for (const Slot& slot : g_slots) {
        const std::uintptr_t end = slot.end.load(std::memory_order_acquire);
        if (end != 0 && address >= slot.begin.load(std::memory_order_relaxed) && address < end) return true;
    }
    return false;
}

void onBusError(int signal, siginfo_t* info, void* context)
{
    const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
    if (insideGuarded(address)) {
        const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
        void* at = reinterpret_cast<void*>(address & ~(page - 1));
        // A page of zeros where the file's page was; the faulting read runs again and reads it.
        if (::mmap(at, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) return;
    }
    // Not ours (or no page to be had): as if this handler had never been installed.
    if ((g_previous.sa_flags & SA_SIGINFO) != 0 && g_previous.sa_sigaction != nullptr) {
        g_previous.sa_sigaction(signal, info, context);
        return;
    }
    if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN &&
        g_previous.sa_handler != nullptr) {
        g_previous.sa_handler(signal);
        return;
    }
    ::signal(signal, SIG_DFL); // the faulting access runs again and takes the default action
}

void installOnce()
{
    static std::once_flag installed;
    std::call_once(installed, [] {
        struct sigaction action{};
        action.sa_sigaction = onBusError;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previous);
    });
}

} // namespace

bool guardMapping(const void* begin, std::size_t size)
{
    installOnce();
    const std::lock_guard lock(g_takeSlot);
    for (Slot& slot : g_slots) {
        if (slot.end.load(std::memory_order_relaxed) != 0) continue;
        slot.begin.store(reinterpret_cast<std::uintptr_t>(begin), std::memory_order_relaxed);
        slot.end.store(reinterpret_cast<std::uintptr_t>(begin) + size, std::memory_order_release);
        return true;
    }
    return false;
}

void unguardMapping(const void* begin)
{
    const std::lock_guard lock(g_takeSlot);
    for (Slot& slot : g_slots)
        if (slot.end.load(std::memory_order_relaxed) != 0 &&
            slot.begin.load(std::memory_order_relaxed) == reinterpret_cast<std::uintptr_t>(begin)) {
            slot.end.store(0, std::memory_order_release);
            slot.begin.store(0, std::memory_order_relaxed);
            return;
        }
}

} // namespace logsleuth::text::detail
