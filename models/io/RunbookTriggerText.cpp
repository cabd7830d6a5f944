// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookTriggerText.h"

#include "domain/InputText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookTriggerText)
};

QString number(double value) {
    return QLocale::c().toString(value, 'g', 12);
}

} // namespace

QString RunbookTriggerText::condition(const RunbookTrigger& t) {
    switch (t.kind) {
    case TriggerKind::StepFailed:
        return Text::tr("a forward step fails");
    case TriggerKind::StepOverrun:
        return Text::tr("a step takes more than %1 × its planned time").arg(number(t.factor));
    case TriggerKind::WindowOverrun:
        return Text::tr("the projected end passes the window's end");
    case TriggerKind::HealthCheck: {
        QStringList expect;
        expect << (t.expectStatus > 0 ? Text::tr("status %1").arg(t.expectStatus)
                                      : Text::tr("any 2xx status"));
        if (!t.expectBody.isEmpty())
            expect << Text::tr("body contains %1").arg(InputText::quoted(t.expectBody));
        if (t.latencyMs > 0)
            expect << Text::tr("within %1 ms").arg(t.latencyMs);
        return Text::tr("GET %1 fails %n time(s) in a row (%2)", nullptr, qMax(1, t.failures))
            .arg(InputText::singleLine(t.url), expect.join(QStringLiteral(", ")));
    }
    case TriggerKind::Metric:
        return (t.above ? Text::tr("%1 at %2 is above %3") : Text::tr("%1 at %2 is below %3"))
            .arg(InputText::singleLine(t.query), InputText::singleLine(t.url), number(t.threshold));
    }
    return {};
}

} // namespace slipway
