// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <thread>
#include <tuple>
#include <utility>

namespace slipway {

// Hands spent values to a thread of their own that frees them, and returns at once. 100,000
// imported rows are a million small blocks: freeing them takes longer than committing them on
// a server, and a command that exits right after need not wait for it at all. The thread is
// detached; a process that ends first takes the memory back with it.
template <class... T> void freeLater(T&&... spent) {
    std::thread([held = std::make_tuple(std::forward<T>(spent)...)]() mutable {
        [[maybe_unused]] const auto gone = std::move(held);
    }).detach();
}

} // namespace slipway
