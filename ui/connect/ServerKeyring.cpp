// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerKeyring.h"

#include "domain/InputText.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace slipway::ui {
namespace {

constexpr qsizetype kMaxErrorLength = 300;

// `message` holds %1 for the keyring's own words.
QString jobError(QKeychain::Job* job, const QString& message) {
    return message.arg(InputText::singleLine(job->errorString(), kMaxErrorLength));
}

void prepare(QKeychain::Job* job, const QString& server) {
    job->setAutoDelete(true);
    // Never QtKeychain's fallback of a plain settings file: no keyring, no remembering.
    job->setInsecureFallback(false);
    job->setKey(server);
}

} // namespace

void ServerKeyring::read(const QString& server, QObject* context, Done done) {
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    prepare(job, server);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [done = std::move(done)](QKeychain::Job* finished) {
            Answer answer;
            if (finished->error() == QKeychain::NoError) {
                answer.found = true;
                answer.password = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
            } else if (finished->error() != QKeychain::EntryNotFound) {
                answer.error = jobError(finished, tr("The desktop keyring could not be read: %1"));
            }
            done(answer);
        });
    job->start();
}

void ServerKeyring::write(const QString& server, const QString& password, QObject* context,
                          Done done) {
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    prepare(job, server);
    job->setTextData(password);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [done = std::move(done)](QKeychain::Job* finished) {
            Answer answer;
            if (finished->error() != QKeychain::NoError)
                answer.error =
                    jobError(finished, tr("The desktop keyring did not remember the password: %1"));
            done(answer);
        });
    job->start();
}

ServerKeyring::Answer ServerKeyring::readWaiting(const QString& server, int timeoutMs) {
    QEventLoop loop;
    Answer answer;
    bool answered = false;
    read(server, &loop, [&](const Answer& a) {
        answer = a;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answered)
        answer.error = tr("The desktop keyring did not answer within %1 s").arg(timeoutMs / 1000);
    return answer;
}

} // namespace slipway::ui
