// SPDX-FileCopyrightText: 2026 Cosmos Security Console authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "emulator/Service.h"

#include <QUrl>

namespace csc::emu {

/// ARM's cloud metadata: `GET /metadata/endpoints?api-version=2015-01-01` (what `az cloud register` reads).
class MetadataService : public Service
{
public:
    explicit MetadataService(QUrl baseUrl) : m_base(std::move(baseUrl)) {}
    bool handle(const HttpRequest &request, const Responder &responder) override;

    /// The metadata document for a cloud whose every endpoint is `base`.
    static QJsonObject document(const QUrl &base);

private:
    QUrl m_base;
};

} // namespace csc::emu
