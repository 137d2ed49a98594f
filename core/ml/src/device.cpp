// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The LogSleuth authors
//
// The one place that decides which torch device LogSleuth uses.
#include "torch_device.h"

#include <mutex>
#include <stdexcept>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(LOGSLEUTH_TORCH_CUDA) &&                                                                         \
    __has_include(<ATen/cuda/CUDAContext.h>) && __has_include(<cuda_runtime_api.h>)
#include <ATen/cuda/CUDAContext.h>
#define LOGSLEUTH_HAVE_CUDA_NAMES 1
#endif

// Debian's LibTorch reaches BLAS through OpenBLAS, which runs a thread pool of its own next to
// torch's OpenMP pool. Both spin on the same cores: batched scoring measured 9× slower (37 k vs
// 337 k rows/s on 2 cores) than with OpenBLAS kept to one thread, as torch already
// parallelises around its BLAS calls. Weak: other LibTorch builds (MKL, CUDA) lack the symbol.
extern "C" void openblas_set_num_threads(int threads) __attribute__((weak));

namespace logsleuth::ml {

namespace {
void tameBlasThreads()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (openblas_set_num_threads) openblas_set_num_threads(1);
    });
}

// A training step allocates and frees the same large tensors as the step before (conv's logits:
// batch × pieces × 1,000). glibc hands each freed block over its mmap threshold back to the
// kernel and maps the next one afresh, faulting in every 4 KiB page again: conv spent half its
// time in the kernel, and one epoch on 50,000 Android lines took 47 s. Blocks up to 32 MiB from
// the heap, and up to 256 MiB of free heap kept rather than trimmed, made it 6 s, the scores
// byte for byte the same (peak RSS 530 → 620 MiB); vae and som, whose tensors are small, did not
// move.
void keepTensorBuffers()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
    });
#endif
}

} // namespace

torch::Device toTorchDevice(DeviceRequest request)
{
    // Every detector and every training asks for its device here first.
    tameBlasThreads();
    keepTensorBuffers();
    switch (request) {
    case DeviceRequest::Cpu:
        return torch::Device(torch::kCPU);
    case DeviceRequest::Cuda:
        if (!torch::cuda::is_available())
            throw std::runtime_error("CUDA requested but not available (no GPU, or a LibTorch built "
                                     "without CUDA); use the cpu or auto device");
        return torch::Device(torch::kCUDA, 0);
    case DeviceRequest::Auto:
        break;
    }
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
}

std::string describeDevice(const torch::Device& device)
{
    if (!device.is_cuda()) {
        const int threads = torch::get_num_threads();
        return "cpu (" + std::to_string(threads) + (threads == 1 ? " thread)" : " threads)");
    }
    std::string text = "cuda:" + std::to_string(device.has_index() ? device.index() : 0);
#ifdef LOGSLEUTH_HAVE_CUDA_NAMES
    text += std::string(" ") + at::cuda::getDeviceProperties(device.has_index() ? device.index() : 0)->name;
#endif
    return text;
}

DeviceInfo resolveDevice(DeviceRequest request)
{
    const torch::Device device = toTorchDevice(request);
    return DeviceInfo{device.is_cuda(), describeDevice(device)};
}

} // namespace logsleuth::ml
