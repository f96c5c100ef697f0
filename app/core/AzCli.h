// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace csc::AzCli {

/// Quotes one argument for a POSIX shell: unchanged when it is made of safe characters, else in single
/// quotes (with ' written as '\'').
QString quote(const QString &value);
/// `--account-name <name> --resource-group <group>` of a database account id (the sql subcommands' form).
QString accountArgs(const QString &accountId);
/// `--name <name> --resource-group <group>` of a database account id (the account subcommands' form).
QString nameArgs(const QString &accountId);

} // namespace csc::AzCli
