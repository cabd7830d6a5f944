// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/Permissions.h"

namespace slipway {

class Database;

// Rows of `people` and `person_roles`.
class PeopleRepository {
public:
    explicit PeopleRepository(Database& db);

    // What the file says about `login`: whether roles are enforced and which it holds.
    Result<ActorRights> rightsOf(const QString& login) const;

private:
    Database& m_db;
};

} // namespace slipway
