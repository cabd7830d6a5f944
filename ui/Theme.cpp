// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include "IconProvider.h"
#include "validation/ValidationBadge.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace slipway::ui {
namespace {

bool g_dark = false;

QColor pick(const char* light, const char* dark) {
    return QColor(QLatin1String(g_dark ? dark : light));
}

bool systemPrefersDark() {
    const QString forced = qEnvironmentVariable("SLIPWAY_THEME").toLower();
    if (forced == u"dark")
        return true;
    if (forced == u"light")
        return false;
    // Qt 6.4 has no colour-scheme hint: the platform theme's palette tells light from dark.
    const QPalette platform = QGuiApplication::palette();
    return platform.color(QPalette::Window).lightness() <
           platform.color(QPalette::WindowText).lightness();
}

QPalette buildPalette() {
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor& normal, const QColor& disabled) {
        p.setColor(QPalette::All, role, normal);
        p.setColor(QPalette::Disabled, role, disabled);
    };
    const QColor text = pick("#1f2937", "#e5e7eb");
    const QColor disabledText = pick("#9ca3af", "#6b7280");
    set(QPalette::Window, pick("#f4f5f7", "#1d1f23"), pick("#f4f5f7", "#1d1f23"));
    set(QPalette::WindowText, text, disabledText);
    set(QPalette::Base, pick("#ffffff", "#16181b"), pick("#f4f5f7", "#1d1f23"));
    set(QPalette::AlternateBase, pick("#f7f8fa", "#1b1d21"), pick("#f4f5f7", "#1d1f23"));
    set(QPalette::ToolTipBase, pick("#1f2937", "#e5e7eb"), pick("#1f2937", "#e5e7eb"));
    set(QPalette::ToolTipText, pick("#f9fafb", "#111827"), pick("#f9fafb", "#111827"));
    set(QPalette::PlaceholderText, pick("#6b7280", "#8b929c"), disabledText);
    set(QPalette::Text, text, disabledText);
    set(QPalette::Button, pick("#eceef1", "#2a2d32"), pick("#f0f1f3", "#24262a"));
    set(QPalette::ButtonText, text, disabledText);
    set(QPalette::BrightText, pick("#ffffff", "#ffffff"), pick("#ffffff", "#ffffff"));
    set(QPalette::Light, pick("#ffffff", "#3a3d43"), pick("#ffffff", "#3a3d43"));
    set(QPalette::Midlight, pick("#e5e7eb", "#33363b"), pick("#e5e7eb", "#33363b"));
    set(QPalette::Mid, pick("#c9cdd3", "#44484f"), pick("#c9cdd3", "#44484f"));
    set(QPalette::Dark, pick("#9ca3af", "#111214"), pick("#9ca3af", "#111214"));
    set(QPalette::Shadow, pick("#6b7280", "#000000"), pick("#6b7280", "#000000"));
    set(QPalette::Highlight, Theme::accent(), pick("#d1d5db", "#3a3d43"));
    set(QPalette::HighlightedText, pick("#ffffff", "#0b1220"), disabledText);
    set(QPalette::Link, Theme::accent(), disabledText);
    set(QPalette::LinkVisited, Theme::accent().darker(115), disabledText);
    // Inactive windows keep a visible selection instead of Fusion's washed-out grey.
    p.setColor(QPalette::Inactive, QPalette::Highlight, Theme::tint(Theme::accent(), 0.45));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    return p;
}

} // namespace

void Theme::apply() {
    g_dark = systemPrefersDark();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(buildPalette());
}

bool Theme::isDark() {
    return g_dark;
}

QColor Theme::accent() {
    return pick("#2563eb", "#60a5fa");
}
QColor Theme::success() {
    return pick("#15803d", "#4ade80");
}
QColor Theme::warning() {
    return pick("#b45309", "#fbbf24");
}
QColor Theme::danger() {
    return pick("#b91c1c", "#f87171");
}
QColor Theme::muted() {
    return pick("#5f6774", "#9ca3af");
}
QColor Theme::border() {
    return pick("#d8dbe0", "#383b41");
}
QColor Theme::card() {
    return pick("#ffffff", "#24272b");
}
QColor Theme::onAccent() {
    return pick("#ffffff", "#0b1220");
}

QColor Theme::hardBlackout() {
    return pick("#dc2626", "#f87171");
}
QColor Theme::softBlackout() {
    return pick("#d97706", "#fbbf24");
}
QColor Theme::incidentFreeze() {
    return pick("#6b7280", "#9ca3af");
}
QColor Theme::conflict() {
    return danger();
}
QColor Theme::todayLine() {
    return accent();
}

QColor Theme::typeColor(ReleaseType type) {
    switch (type) {
    case ReleaseType::Major:
        return pick("#6d28d9", "#c4b5fd");
    case ReleaseType::Minor:
        return accent();
    case ReleaseType::Patch:
        return pick("#0f766e", "#5eead4");
    case ReleaseType::Emergency:
        return danger();
    }
    return muted();
}

QColor Theme::statusColor(ReleaseStatus status) {
    switch (status) {
    case ReleaseStatus::Planned:
        return pick("#475569", "#a5b4c8");
    case ReleaseStatus::Scheduled:
        return accent();
    case ReleaseStatus::InProgress:
        return pick("#0369a1", "#7dd3fc");
    case ReleaseStatus::Approved:
        return success();
    case ReleaseStatus::Deploying:
        return warning();
    case ReleaseStatus::Deployed:
        return pick("#0f766e", "#5eead4");
    case ReleaseStatus::Closed:
    case ReleaseStatus::Cancelled:
        return muted();
    case ReleaseStatus::RolledBack:
        return danger();
    }
    return muted();
}

QString Theme::typeIconName(ReleaseType type) {
    return u"type-" + toKey(type);
}

QString Theme::statusIconName(ReleaseStatus status) {
    return u"status-" + toKey(status).replace(u'_', u'-');
}

SemanticStyle Theme::semanticStyle() {
    SemanticStyle style;
    style.typeColor = [](ReleaseType t) {
        return typeColor(t);
    };
    style.statusColor = [](ReleaseStatus s) {
        return statusColor(s);
    };
    style.typeIcon = [](ReleaseType t) {
        return IconProvider::icon(typeIconName(t), typeColor(t));
    };
    style.statusIcon = [](ReleaseStatus s) {
        return IconProvider::icon(statusIconName(s), statusColor(s));
    };
    style.validationColor = [](ValidationState v) {
        return ValidationBadge::color(v);
    };
    style.validationIcon = [](ValidationState v) {
        return ValidationBadge::icon(v);
    };
    return style;
}

QColor Theme::tint(const QColor& color, qreal strength) {
    const QColor base = QApplication::palette().color(QPalette::Window);
    const auto mix = [strength](int a, int b) {
        return int(a + (b - a) * strength);
    };
    return QColor(mix(base.red(), color.red()), mix(base.green(), color.green()),
                  mix(base.blue(), color.blue()));
}

QFont Theme::titleFont() {
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont Theme::sectionFont() {
    QFont f = QApplication::font();
    f.setBold(true);
    return f;
}

QString Theme::cardStyleSheet(const QString& objectName) {
    return QStringLiteral("#%1 { background: %2; border: 1px solid %3; border-radius: %4px; }")
        .arg(objectName, card().name(), border().name())
        .arg(kRadius);
}

QString Theme::bannerStyleSheet(const QColor& color) {
    return QStringLiteral("background: %1; color: %2; border: 1px solid %3; border-radius: %4px;"
                          " padding: %5px %6px;")
        .arg(tint(color).name(), QApplication::palette().color(QPalette::WindowText).name(),
             tint(color, 0.45).name())
        .arg(kRadius)
        .arg(space(1))
        .arg(space(2));
}

QString Theme::primaryButtonStyleSheet() {
    return QStringLiteral("QPushButton { background: %1; color: %2; border: 1px solid %3;"
                          " border-radius: %4px; padding: %5px %6px; font-weight: 600; }"
                          "QPushButton:hover { background: %3; }"
                          "QPushButton:disabled { background: %7; color: %8; border-color: %7; }")
        .arg(accent().name(), onAccent().name(), accent().darker(115).name())
        .arg(kRadius)
        .arg(space(1) - 2)
        .arg(space(2))
        .arg(QApplication::palette().color(QPalette::Button).name(),
             QApplication::palette().color(QPalette::Disabled, QPalette::ButtonText).name());
}

} // namespace slipway::ui
