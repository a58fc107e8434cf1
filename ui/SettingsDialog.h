#pragma once

#include "core/model/QualitySample.h"
#include "ui/SettingsData.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace earshot {

class QueuePickerList;

// Connection and data settings. Edits a SettingsData copy; secrets are shown masked, and a
// secret that comes from an environment variable is shown read-only with a note. Nothing
// here logs or stores anything: the caller saves what data() returns.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const SettingsData &settings, const QList<QueueInfo> &knownQueues,
                   QWidget *parent = nullptr);

    [[nodiscard]] SettingsData data() const;

    [[nodiscard]] QComboBox *regionBox() const;
    [[nodiscard]] QLineEdit *loginUrlEdit() const;
    [[nodiscard]] QLineEdit *apiUrlEdit() const;
    [[nodiscard]] QLineEdit *clientIdEdit() const;
    [[nodiscard]] QLineEdit *clientSecretEdit() const;
    [[nodiscard]] QLineEdit *pagerDutyKeyEdit() const;
    [[nodiscard]] QLineEdit *pagerDutyApiTokenEdit() const;
    // Null unless [storage] backend = postgresql (SettingsData::sharedDatabase).
    [[nodiscard]] QLineEdit *databasePasswordEdit() const;
    [[nodiscard]] QComboBox *sourceBox() const;
    [[nodiscard]] QSpinBox *windowSpin() const;
    [[nodiscard]] QSpinBox *lagSpin() const;
    [[nodiscard]] QCheckBox *allQueuesBox() const;
    [[nodiscard]] QueuePickerList *queuePicker() const;
    [[nodiscard]] QPushButton *testGenesysButton() const;
    [[nodiscard]] QPushButton *testPagerDutyButton() const;
    [[nodiscard]] QPushButton *testPagerDutyApiTokenButton() const;
    [[nodiscard]] QLabel *pagerDutyApiTokenResultLabel() const;
    [[nodiscard]] QLabel *genesysResultLabel() const;
    // "In use: ••••1a2b, from the OS keychain" under each secret field.
    [[nodiscard]] QString clientIdInUseText() const;
    [[nodiscard]] QString clientSecretInUseText() const;
    [[nodiscard]] QString pagerDutyKeyInUseText() const;
    [[nodiscard]] QString pagerDutyApiTokenInUseText() const;
    [[nodiscard]] QString databasePasswordInUseText() const; // empty without the field
    [[nodiscard]] QLabel *pagerDutyResultLabel() const;
    [[nodiscard]] QComboBox *languageBox() const;

public slots:
    void showGenesysTestResult(bool ok, const QString &message);
    void showPagerDutyTestResult(bool ok, const QString &message);
    void showPagerDutyApiTokenTestResult(bool ok, const QString &message);
    void accept() override;

signals:
    void testGenesysRequested(const SettingsData &settings);
    void testPagerDutyRequested(const SettingsData &settings);
    // The REST API key's "Test": nothing is sent but a read (RestKeyCheck.h).
    void testPagerDutyApiTokenRequested(const SettingsData &settings);

private:
    QWidget *buildGenesysTab();
    QWidget *buildDataTab();
    QWidget *buildQueuesTab(const QList<QueueInfo> &knownQueues);
    QWidget *buildPagerDutyTab();
    QWidget *buildLanguageTab();
    void addDatabasePasswordRows(QWidget *page, QFormLayout *form);
    void setUpSecretField(QLineEdit *edit, const QString &value, bool fromEnvironment,
                          const QString &variable, QLabel *note);
    [[nodiscard]] static QString inUseText(const SettingsData::InUse &inUse,
                                           const QString &variable);
    void updateRegionFields();

    SettingsData m_initial;
    QComboBox *m_region = nullptr;
    QLineEdit *m_loginUrl = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLabel *m_clientSecretNote = nullptr;
    QLabel *m_clientIdNote = nullptr;
    QLineEdit *m_pagerDutyKey = nullptr;
    QLabel *m_pagerDutyKeyNote = nullptr;
    QLineEdit *m_pagerDutyApiToken = nullptr;
    QLabel *m_pagerDutyApiTokenNote = nullptr;
    QCheckBox *m_repageAfterFreshBreach = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QLabel *m_databasePasswordNote = nullptr;
    QComboBox *m_source = nullptr;
    QSpinBox *m_window = nullptr;
    QSpinBox *m_lag = nullptr;
    QCheckBox *m_allQueues = nullptr;
    QueuePickerList *m_queues = nullptr;
    QPushButton *m_testGenesys = nullptr;
    QPushButton *m_testPagerDuty = nullptr;
    QPushButton *m_testPagerDutyApiToken = nullptr;
    QLabel *m_pagerDutyApiTokenResult = nullptr;
    QLabel *m_genesysResult = nullptr;
    QLabel *m_pagerDutyResult = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace earshot
