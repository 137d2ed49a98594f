<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen: %1</translation>
    </message>
    <message>
        <source>no log lines found</source>
        <translation>keine Logzeilen gefunden</translation>
    </message>
    <message>
        <source>Mining templates</source>
        <translation>Vorlagen werden extrahiert</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>lines above threshold</source>
        <translation>Zeilen über dem Schwellwert</translation>
    </message>
    <message>
        <source>suppressed (false positives)</source>
        <translation>unterdrückt (Falsch-Positive)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwellwert %L1</translation>
    </message>
    <message>
        <source>Training loss per epoch</source>
        <translation>Trainingsverlust je Epoche</translation>
    </message>
    <message>
        <source>mean loss</source>
        <translation>mittlerer Verlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>chart export needs a QApplication</source>
        <translation>der Diagrammexport braucht eine QApplication</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>About LogSleuth</source>
        <translation>Über LogSleuth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LogSleuth %1&lt;/h3&gt;&lt;p&gt;Log investigation with learned anomaly scores.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LogSleuth %1&lt;/h3&gt;&lt;p&gt;Loganalyse mit gelernten Anomalie-Scores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licensed under the GNU GPL, version 3 or later.
Built with Qt %1 (running on %2) and LibTorch.</source>
        <translation>Lizenziert unter der GNU GPL, Version 3 oder neuer.
Erstellt mit Qt %1 (läuft mit %2) und LibTorch.</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>%1 (too few lines for a curve)</source>
        <translation>%1 (zu wenige Zeilen für eine Kurve)</translation>
    </message>
    <message>
        <source>Score density (kernel estimate on log10 score)</source>
        <translation>Score-Dichte (Kerndichteschätzung auf log10 Score)</translation>
    </message>
    <message>
        <source>all lines</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <source>log10(score)</source>
        <translation>log10(Score)</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Lines and anomalies over time</source>
        <translation>Zeilen und Anomalien im Zeitverlauf</translation>
    </message>
    <message>
        <source>anomalous lines (right axis)</source>
        <translation>anomale Zeilen (rechte Achse)</translation>
    </message>
    <message>
        <source>local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <source>anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>this build cannot write SVG (it lacks Qt Svg)</source>
        <translation>dieser Build kann kein SVG schreiben (Qt Svg fehlt)</translation>
    </message>
    <message>
        <source>anomalous windows</source>
        <translation>auffällige Zeitfenster</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>; validation: a tenth held out, training stops when it no longer falls</source>
        <translation>; Validierung: ein Zehntel zurückgehalten, das Training endet, sobald dessen Verlust nicht mehr sinkt</translation>
    </message>
    <message>
        <source>Score per line</source>
        <translation>Score je Zeile</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>score: %1</source>
        <translation>Score: %1</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::AnalysisController</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training: epoch %1 of %2, loss %3</source>
        <translation>Training: Epoche %1 von %2, Verlust %L3</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rescoring</source>
        <translation>Neubewertung</translation>
    </message>
    <message>
        <source>Applying marks</source>
        <translation>Markierungen werden angewendet</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>Speichere das Modell</translation>
    </message>
    <message>
        <source>Saving the model to %1</source>
        <translation>Speichere das Modell nach %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a saved model; choose a new name.</source>
        <translation>%1 existiert und ist kein gespeichertes Modell; bitte einen neuen Namen wählen.</translation>
    </message>
    <message>
        <source>Scoring with a saved model</source>
        <translation>Bewerte mit einem gespeicherten Modell</translation>
    </message>
    <message>
        <source>Loading the model from %1</source>
        <translation>Lade das Modell aus %1</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::ChartsPanel</name>
    <message>
        <source>Error histogram</source>
        <translation>Fehlerhistogramm</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Train &amp; score (Ctrl+T) to see the charts.</source>
        <translation>Trainieren &amp; bewerten (Strg+T), um die Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Score density</source>
        <translation>Score-Dichte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare Models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Lines my true-anomaly marks decide</source>
        <translation>Zeilen, die meine Echt-Markierungen entscheiden</translation>
    </message>
    <message>
        <source>A label file of line numbers…</source>
        <translation>Eine Label-Datei mit Zeilennummern…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Best F1</source>
        <translation>Bestes F1</translation>
    </message>
    <message>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>Flagged lines</source>
        <translation>Gemeldete Zeilen</translation>
    </message>
    <message>
        <source>Training (s)</source>
        <translation>Training (s)</translation>
    </message>
    <message>
        <source>Scoring (ms/line)</source>
        <translation>Bewertung (ms/Zeile)</translation>
    </message>
    <message>
        <source>Each family is trained on the open logs without marks and scored at the current threshold (%1); its options are those of Analysis → Model Family.</source>
        <translation>Jede Familie wird ohne Markierungen auf den offenen Logs trainiert und beim aktuellen Schwellwert (%1) bewertet; ihre Optionen sind die aus Analyse → Modellfamilie.</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>No line is decided by a true-anomaly mark yet: mark some (t) or use a label file.</source>
        <translation>Noch keine Zeile ist durch eine Echt-Markierung entschieden: einige markieren (t) oder eine Label-Datei verwenden.</translation>
    </message>
    <message>
        <source>Label File</source>
        <translation>Label-Datei</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 labelled anomalous line(s) of %2.</source>
        <translation>%1 als anomal gelabelte Zeile(n) von %2.</translation>
    </message>
    <message>
        <source>Comparing models</source>
        <translation>Vergleiche Modelle</translation>
    </message>
    <message>
        <source>Busy: wait for the running job or cancel it (Esc).</source>
        <translation>Beschäftigt: auf die laufende Aufgabe warten oder sie abbrechen (Esc).</translation>
    </message>
    <message>
        <source>could not train: %1</source>
        <translation>Training nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::DetailPanel</name>
    <message>
        <source>Select a line to see it in full.</source>
        <translation>Eine Zeile auswählen, um sie ganz zu sehen.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Component: %1</source>
        <translation>Komponente: %1</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <source>Record (lines %1–%2):</source>
        <translation>Eintrag (Zeilen %1–%2):</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Zeile:</translation>
    </message>
    <message>
        <source>Around it:</source>
        <translation>Umgebung:</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Level</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation>%1 oder schlimmer</translation>
    </message>
    <message>
        <source>Anomalies only</source>
        <translation>Nur Anomalien</translation>
    </message>
    <message>
        <source>Show only the lines above the threshold or marked true</source>
        <translation>Nur Zeilen über dem Schwellwert oder als echt markierte zeigen</translation>
    </message>
    <message>
        <source>Hide suppressed</source>
        <translation>Unterdrückte ausblenden</translation>
    </message>
    <message>
        <source>Hide the lines marked as false positives</source>
        <translation>Als falsch-positiv markierte Zeilen ausblenden</translation>
    </message>
    <message>
        <source>Search hits only</source>
        <translation>Nur Suchtreffer</translation>
    </message>
    <message>
        <source>Show only the lines the last search matched</source>
        <translation>Nur die Zeilen der letzten Suche zeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Show every line again</source>
        <translation>Wieder alle Zeilen zeigen</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Component: %1</source>
        <translation>Komponente: %1</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entität: %1</translation>
    </message>
    <message>
        <source>Time: %1 – %2</source>
        <translation>Zeit: %1 – %2</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::FollowController</name>
    <message>
        <source>Following</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>%1 was rotated: following the new file from its line 1</source>
        <translation>%1 wurde rotiert: die neue Datei wird ab ihrer Zeile 1 verfolgt</translation>
    </message>
    <message>
        <source>%1 was truncated: following it from its line 1</source>
        <translation>%1 wurde gekürzt: sie wird ab ihrer Zeile 1 verfolgt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Scoring the new lines</source>
        <translation>Bewerte die neuen Zeilen</translation>
    </message>
    <message>
        <source>%1 appeared in %2 (compressed, so most often a rotated log whose lines were read before): Reload (Ctrl+R) reads it</source>
        <translation>%1 ist in %2 erschienen (komprimiert, meist also ein rotiertes Log, dessen Zeilen schon gelesen wurden): Neu laden (Strg+R) liest es</translation>
    </message>
    <message>
        <source>%1 appeared in %2 and looks like binary data, not text: left out</source>
        <translation>%1 ist in %2 erschienen und sieht nach Binärdaten aus, nicht nach Text: ausgelassen</translation>
    </message>
    <message>
        <source>%1 appeared in %2: reading and following it</source>
        <translation>%1 ist in %2 erschienen: wird gelesen und verfolgt</translation>
    </message>
    <message>
        <source>%1 appeared in %2: read once (it is not UTF-8, so it cannot be followed)</source>
        <translation>%1 ist in %2 erschienen: einmal gelesen (kein UTF-8, daher nicht verfolgbar)</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::HistogramView</name>
    <message>
        <source>Drag the dashed threshold line to change which lines count as anomalies</source>
        <translation>Die gestrichelte Schwellwertlinie ziehen, um festzulegen, welche Zeilen als Anomalien gelten</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwellwert %1</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::LogTableModel</name>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::LogTableView</name>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line in %1:</source>
        <translation>Zeile in %1:</translation>
    </message>
    <message>
        <source>&amp;Next Anomaly</source>
        <translation>&amp;Nächste Anomalie</translation>
    </message>
    <message>
        <source>&amp;Previous Anomaly</source>
        <translation>&amp;Vorige Anomalie</translation>
    </message>
    <message>
        <source>&amp;Remove Mark</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Forget the marks of the selected lines&apos; messages</source>
        <translation>Die Markierungen der Meldungen der ausgewählten Zeilen vergessen</translation>
    </message>
    <message>
        <source>Mark as &amp;False Positive</source>
        <translation>Als &amp;Falsch-Positiv markieren</translation>
    </message>
    <message>
        <source>Suppress every line with this masked message at this level from now on</source>
        <translation>Ab jetzt jede Zeile mit dieser maskierten Meldung auf dieser Stufe unterdrücken</translation>
    </message>
    <message>
        <source>Mark as True &amp;Anomaly</source>
        <translation>Als echte &amp;Anomalie markieren</translation>
    </message>
    <message>
        <source>Always flag every line with this masked message at this level</source>
        <translation>Jede Zeile mit dieser maskierten Meldung auf dieser Stufe immer melden</translation>
    </message>
    <message>
        <source>&amp;Copy Line</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Mark Template as False &amp;Positive</source>
        <translation>Vorlage als Falsch-&amp;Positiv markieren</translation>
    </message>
    <message>
        <source>Suppress every line of this template at this level from now on</source>
        <translation>Ab jetzt jede Zeile dieser Vorlage auf dieser Stufe unterdrücken</translation>
    </message>
    <message>
        <source>Mark Template as True Anomal&amp;y</source>
        <translation>Vorlage als echte Anomalie mar&amp;kieren</translation>
    </message>
    <message>
        <source>Always flag every line of this template at this level</source>
        <translation>Jede Zeile dieser Vorlage auf dieser Stufe immer melden</translation>
    </message>
    <message>
        <source>Show Only This &amp;Template</source>
        <translation>Nur diese &amp;Vorlage zeigen</translation>
    </message>
    <message>
        <source>Show Only This Co&amp;mponent</source>
        <translation>Nur diese Ko&amp;mponente zeigen</translation>
    </message>
    <message>
        <source>Show Only This &amp;Entity</source>
        <translation>Nur diese &amp;Entität zeigen</translation>
    </message>
    <message>
        <source>Mark Lines &amp;Matching…</source>
        <translation>Zeilen nach &amp;Muster markieren…</translation>
    </message>
    <message>
        <source>Mark every line a regular expression matches</source>
        <translation>Jede Zeile markieren, auf die ein regulärer Ausdruck passt</translation>
    </message>
    <message>
        <source>Mark This &amp;Line Only as False Positive</source>
        <translation>Nur diese &amp;Zeile als Fehlalarm markieren</translation>
    </message>
    <message>
        <source>Suppress the selected lines only</source>
        <translation>Nur die ausgewählten Zeilen unterdrücken</translation>
    </message>
    <message>
        <source>Mark This L&amp;ine Only as True Anomaly</source>
        <translation>Nur diese Z&amp;eile als echte Anomalie markieren</translation>
    </message>
    <message>
        <source>Always flag the selected lines only</source>
        <translation>Nur die ausgewählten Zeilen immer melden</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::MainWindow</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the open files again from disk</source>
        <translation>Die offenen Dateien neu von der Platte lesen</translation>
    </message>
    <message>
        <source>%1 was removed or rotated on disk</source>
        <translation>%1 wurde auf der Platte entfernt oder rotiert</translation>
    </message>
    <message>
        <source>%1 changed on disk</source>
        <translation>%1 hat sich auf der Platte geändert</translation>
    </message>
    <message>
        <source>: the table shows it as it was when opened. Reload (Ctrl+R) to read it again.</source>
        <translation>: die Tabelle zeigt den Stand beim Öffnen. Neu laden (Strg+R) liest sie erneut.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe</translation>
    </message>
    <message>
        <source>Line in full</source>
        <translation>Ganze Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) removed</source>
        <translation>
            <numerusform>%n Markierung entfernt</numerusform>
            <numerusform>%n Markierungen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Warum dieser Score</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open log files or archives</source>
        <translation>Logdateien oder Archive öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Train &amp;&amp; Score</source>
        <translation>&amp;Trainieren &amp;&amp; bewerten</translation>
    </message>
    <message>
        <source>Train an anomaly model on the open logs and score every line</source>
        <translation>Ein Anomaliemodell auf den offenen Logs trainieren und jede Zeile bewerten</translation>
    </message>
    <message>
        <source>&amp;Apply Marks</source>
        <translation>Markierungen an&amp;wenden</translation>
    </message>
    <message>
        <source>Re-decide verdicts with the current marks (no retraining)</source>
        <translation>Urteile mit den aktuellen Markierungen neu treffen (ohne neues Training)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the running job</source>
        <translation>Den laufenden Vorgang anhalten</translation>
    </message>
    <message>
        <source>&amp;About LogSleuth</source>
        <translation>&amp;Über LogSleuth</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 — LogSleuth</source>
        <translation>%1 — LogSleuth</translation>
    </message>
    <message>
        <source>Some input could not be read</source>
        <translation>Einige Eingaben konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Fact store</source>
        <translation>Faktenspeicher</translation>
    </message>
    <message>
        <source>Busy: wait for the running job or cancel it (Esc).</source>
        <translation>Beschäftigt: Warten Sie auf den laufenden Vorgang oder brechen Sie ihn ab (Esc).</translation>
    </message>
    <message>
        <source>Open Logs</source>
        <translation>Logs öffnen</translation>
    </message>
    <message>
        <source>Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst *.tar *.tgz *.zip *.7z);;All files (*)</source>
        <translation>Logs und Archive (*.log *.txt *.gz *.bz2 *.xz *.zst *.tar *.tgz *.zip *.7z);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a log first (Ctrl+O).</source>
        <translation>Öffnen Sie zuerst ein Log (Strg+O).</translation>
    </message>
    <message>
        <source>Mark saved; it applies when the running job is done (F5).</source>
        <translation>Markierung gespeichert; sie gilt, sobald der laufende Vorgang fertig ist (F5).</translation>
    </message>
    <message>
        <source>Open a log file (Ctrl+O) or drop one here.</source>
        <translation>Öffnen Sie eine Logdatei (Strg+O) oder ziehen Sie eine hierher.</translation>
    </message>
    <message>
        <source>%1 lines in %2 file(s), %3 templates</source>
        <translation>%1 Zeilen in %2 Datei(en), %3 Vorlagen</translation>
    </message>
    <message>
        <source> · %1 mark(s)</source>
        <translation> · %1 Markierung(en)</translation>
    </message>
    <message>
        <source>&amp;Undo Last Mark</source>
        <translation>Letzte Markierung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Take back the latest mark; the fact store keeps it as history</source>
        <translation>Die letzte Markierung zurücknehmen; der Faktenspeicher bewahrt sie als Verlauf</translation>
    </message>
    <message>
        <source>No mark to undo.</source>
        <translation>Keine Markierung zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Mark undone.</source>
        <translation>Markierung rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Model family %1: applies to the next Train &amp; score (Ctrl+T).</source>
        <translation>Modellfamilie %1: gilt ab dem nächsten Trainieren &amp; Bewerten (Strg+T).</translation>
    </message>
    <message>
        <source>Model &amp;Family</source>
        <translation>Modell&amp;familie</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed verdict</source>
        <translation>
            <numerusform>%n Zeile hat ihr Urteil geändert</numerusform>
            <numerusform>%n Zeilen haben ihr Urteil geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Next to &amp;Review</source>
        <translation>Als Nächstes &amp;prüfen</translation>
    </message>
    <message>
        <source>The line whose mark would teach the model the most</source>
        <translation>Die Zeile, deren Markierung dem Modell am meisten beibringt</translation>
    </message>
    <message>
        <source>Train &amp; score first (Ctrl+T).</source>
        <translation>Zuerst trainieren &amp; bewerten (Strg+T).</translation>
    </message>
    <message>
        <source>Every template is decided by a mark.</source>
        <translation>Jede Vorlage ist durch eine Markierung entschieden.</translation>
    </message>
    <message>
        <source>Next to review (%1): mark it with f or t.</source>
        <translation>Als Nächstes zu prüfen (%1): mit f oder t markieren.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): a regular expression, Enter to run</source>
        <translation>Suchen (Strg+F): ein regulärer Ausdruck, Eingabe startet</translation>
    </message>
    <message>
        <source>Busy: search when the running job is done.</source>
        <translation>Beschäftigt: suchen, wenn die laufende Aufgabe fertig ist.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) match %1</source>
        <translation>
            <numerusform>%n Zeile passt zu %1</numerusform>
            <numerusform>%n Zeilen passen zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No search results: type a pattern (Ctrl+F) and press Enter.</source>
        <translation>Keine Suchtreffer: ein Muster eingeben (Strg+F) und Eingabe drücken.</translation>
    </message>
    <message>
        <source>No more matches below.</source>
        <translation>Keine weiteren Treffer darunter.</translation>
    </message>
    <message>
        <source>No more matches above.</source>
        <translation>Keine weiteren Treffer darüber.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source> · showing %1</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source>&amp;Export View as CSV…</source>
        <translation>Ansicht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the lines the table shows, in its order, in the CLI&apos;s CSV columns</source>
        <translation>Die angezeigten Zeilen in ihrer Reihenfolge mit den CSV-Spalten der CLI schreiben</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Busy: the threshold applies when the running job is done.</source>
        <translation>Beschäftigt: der Schwellwert gilt, sobald die laufende Aufgabe fertig ist.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
    <message>
        <source>Exported %1 line(s) to %2</source>
        <translation>%1 Zeile(n) nach %2 exportiert</translation>
    </message>
    <message>
        <source>Threshold %1: %2 line(s) above (now %3); release to apply</source>
        <translation>Schwellwert %1: %2 Zeile(n) darüber (jetzt %3); loslassen zum Anwenden</translation>
    </message>
    <message>
        <source>Try a line</source>
        <translation>Zeile ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Marks…</source>
        <translation>&amp;Markierungen…</translation>
    </message>
    <message>
        <source>Every mark in the fact store: undo, restore, who made it</source>
        <translation>Alle Markierungen der Faktendatenbank: zurücknehmen, wiederherstellen, wer sie setzte</translation>
    </message>
    <message>
        <source>Next &amp;Tab</source>
        <translation>Nächster &amp;Reiter</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>&amp;Vorheriger Reiter</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>Diagramm &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save the chart on the current tab as PNG or SVG</source>
        <translation>Das Diagramm des aktuellen Reiters als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>No chart on this tab: pick a chart tab after Train &amp; score.</source>
        <translation>Kein Diagramm auf diesem Reiter: nach dem Trainieren &amp; Bewerten einen Diagrammreiter wählen.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>;;SVG drawings (*.svg)</source>
        <translation>;;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Marks changed in the fact store (the CLI or another window): applied.</source>
        <translation>Markierungen in der Faktendatenbank geändert (CLI oder ein anderes Fenster): angewendet.</translation>
    </message>
    <message>
        <source>C&amp;ompare Models…</source>
        <translation>Modelle &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Train every model family on the open logs and compare them against labels</source>
        <translation>Jede Modellfamilie auf den offenen Logs trainieren und an Labels vergleichen</translation>
    </message>
    <message>
        <source>Train &amp; score first (Ctrl+T): the labels come from its marks.</source>
        <translation>Zuerst trainieren &amp; bewerten (Strg+T): die Labels kommen aus seinen Markierungen.</translation>
    </message>
    <message>
        <source>Use &amp;Fact Store…</source>
        <translation>&amp;Faktendatenbank wählen…</translation>
    </message>
    <message>
        <source>Keep marks in another SQLite file (when the default one is read-only, full or damaged)</source>
        <translation>Markierungen in einer anderen SQLite-Datei führen (wenn die übliche schreibgeschützt, voll oder beschädigt ist)</translation>
    </message>
    <message>
        <source>Fact Store</source>
        <translation>Faktendatenbank</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Dateien (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>

Marks made now still apply in this session. File → Use Fact Store… keeps them in another file.</source>
        <translation>

Jetzt gesetzte Markierungen gelten in dieser Sitzung weiter. Datei → Faktendatenbank wählen… führt sie in einer anderen Datei.</translation>
    </message>
    <message>
        <source>Marks are kept in %1 now.</source>
        <translation>Markierungen werden jetzt in %1 geführt.</translation>
    </message>
    <message>
        <source>Set &amp;Threshold…</source>
        <translation>&amp;Schwellwert setzen…</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message numerus="yes">
        <source>Searching: %n match(es) so far (%1 %)</source>
        <translation>
            <numerusform>Suche: bisher %n Treffer (%1 %)</numerusform>
            <numerusform>Suche: bisher %n Treffer (%1 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Lines Matching</source>
        <translation>Zeilen nach Muster markieren</translation>
    </message>
    <message>
        <source>&amp;Follow Files</source>
        <translation>Dateien &amp;verfolgen</translation>
    </message>
    <message>
        <source>Show and score the lines written to the open files as they come (like tail -F)</source>
        <translation>Zeilen, die in die geöffneten Dateien geschrieben werden, sofort zeigen und bewerten (wie tail -F)</translation>
    </message>
    <message>
        <source>Stopped following the open files.</source>
        <translation>Die geöffneten Dateien werden nicht mehr verfolgt.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n file(s) as they grow.</source>
        <translation>
            <numerusform>Verfolge %n Datei, während sie wächst.</numerusform>
            <numerusform>Verfolge %n Dateien, während sie wachsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow: compressed files and archive members cannot grow in place.</source>
        <translation>Nichts zu verfolgen: komprimierte Dateien und Archivinhalte können nicht an Ort und Stelle wachsen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s)</source>
        <translation>
            <numerusform>%n neue Zeile</numerusform>
            <numerusform>%n neue Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 anomalous lines above %2</source>
        <translation> · %1 anomale Zeilen über %2</translation>
    </message>
    <message>
        <source> · trained on %1 in %2 s</source>
        <translation> · trainiert auf %1 in %2 s</translation>
    </message>
    <message>
        <source> · model %1</source>
        <translation> · Modell %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve Model…</source>
        <translation>Modell s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save the model with the threshold in use, for logsleuth-cli score --model and later sessions</source>
        <translation>Das Modell mit der verwendeten Schwelle speichern, für logsleuth-cli score --model und spätere Sitzungen</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <source>Score with Saved &amp;Model…</source>
        <translation>Mit gespeichertem &amp;Modell bewerten…</translation>
    </message>
    <message>
        <source>Score the open files with a model saved here or by logsleuth-cli train</source>
        <translation>Die geöffneten Dateien mit einem hier oder von logsleuth-cli train gespeicherten Modell bewerten</translation>
    </message>
    <message>
        <source>Score with Saved Model</source>
        <translation>Mit gespeichertem Modell bewerten</translation>
    </message>
    <message>
        <source>Saved the model to %1 with threshold %2 (logsleuth-cli score --model uses it)</source>
        <translation>Modell mit Schwelle %2 nach %1 gespeichert (logsleuth-cli score --model verwendet sie)</translation>
    </message>
    <message>
        <source>No line has a time: the files stay in line order.</source>
        <translation>Keine Zeile hat eine Zeit: Die Dateien bleiben in Zeilenfolge.</translation>
    </message>
    <message>
        <source>&amp;Merge Files in Time Order</source>
        <translation>Dateien nach Zeit &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Order the lines of every open file by their time</source>
        <translation>Die Zeilen aller offenen Dateien nach ihrer Zeit ordnen</translation>
    </message>
    <message>
        <source>Files in &amp;Line Order</source>
        <translation>Dateien in &amp;Zeilenfolge</translation>
    </message>
    <message>
        <source>Show each file&apos;s lines in order, one file after another</source>
        <translation>Die Zeilen jeder Datei der Reihe nach zeigen, eine Datei nach der anderen</translation>
    </message>
    <message>
        <source>Showing the first %1 lines of %2 while the rest is read</source>
        <translation>Die ersten %1 Zeilen von %2 werden gezeigt, während der Rest gelesen wird</translation>
    </message>
    <message>
        <source>auto (calibrated), seasonal (one per hour of the day), k-sigma, a percentile or a fixed score</source>
        <translation>auto (kalibriert), seasonal (eine je Tagesstunde), k-Sigma, ein Perzentil oder ein fester Wert</translation>
    </message>
    <message>
        <source>Where anomalous starts: auto (calibrated on the training data), seasonal (auto for each hour of the day; time windows only), 3.1sigma, p99.9 or a score such as 0.42</source>
        <translation>Wo „anomal“ beginnt: auto (an den Trainingsdaten kalibriert), seasonal (auto für jede Tagesstunde; nur Zeitfenster), 3.1sigma, p99.9 oder ein Wert wie 0.42</translation>
    </message>
    <message>
        <source> · %1 anomalous lines above their hour&apos;s threshold (auto %2)</source>
        <translation> · %1 anomale Zeilen über der Schwelle ihrer Stunde (auto %2)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Open a Folder of Logs</source>
        <translation>Einen Ordner mit Logs öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open every log in a folder (rotated files included; not its subfolders)</source>
        <translation>Alle Logs eines Ordners öffnen (rotierte Dateien eingeschlossen; nicht seine Unterordner)</translation>
    </message>
    <message numerus="yes">
        <source>Following %n file(s) as they grow, and the files that appear in the open folder(s).</source>
        <translation>
            <numerusform>Verfolge %n Datei, während sie wächst, und die Dateien, die in den geöffneten Ordnern erscheinen.</numerusform>
            <numerusform>Verfolge %n Dateien, während sie wachsen, und die Dateien, die in den geöffneten Ordnern erscheinen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::MarkController</name>
    <message>
        <source>The mark could not be removed from %1.
%2</source>
        <translation>Die Markierung konnte nicht aus %1 entfernt werden.
%2</translation>
    </message>
    <message>
        <source>The marks could not be loaded from the fact store.
%1</source>
        <translation>Die Markierungen konnten nicht aus dem Faktenspeicher geladen werden.
%1</translation>
    </message>
    <message>
        <source>The mark could not be saved to %1.
%2

It applies for this session and is retried with the next mark.</source>
        <translation>Die Markierung konnte nicht in %1 gespeichert werden.
%2

Sie gilt für diese Sitzung; das Speichern wird mit der nächsten Markierung erneut versucht.</translation>
    </message>
    <message>
        <source>The mark could not be undone in %1.
%2</source>
        <translation>Die Markierung konnte in %1 nicht rückgängig gemacht werden.
%2</translation>
    </message>
    <message>
        <source>The marks could not be read from the fact store.
%1</source>
        <translation>Die Markierungen konnten nicht aus der Faktendatenbank gelesen werden.
%1</translation>
    </message>
    <message>
        <source>The mark could not be restored in %1.
%2</source>
        <translation>Die Markierung konnte in %1 nicht wiederhergestellt werden.
%2</translation>
    </message>
    <message>
        <source>The run could not be recorded in the fact store.
%1</source>
        <translation>Der Lauf konnte nicht in der Faktendatenbank festgehalten werden.
%1</translation>
    </message>
    <message>
        <source>%1 cannot be used as the fact store.
%2</source>
        <translation>%1 kann nicht als Faktendatenbank verwendet werden.
%2</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Das Muster ist leer.</translation>
    </message>
    <message>
        <source>The pattern is not a valid regular expression: %1</source>
        <translation>Das Muster ist kein gültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::MarksDialog</name>
    <message>
        <source>Show undone marks</source>
        <translation>Zurückgenommene Markierungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Undo Mark</source>
        <translation>Markierung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Restore Mark</source>
        <translation>Markierung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>empty: your user name</source>
        <translation>leer: Ihr Benutzername</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltung</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Trifft</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Take the mark back; it stays in the store as history</source>
        <translation>Die Markierung zurücknehmen; sie bleibt als Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Make an undone mark count again</source>
        <translation>Eine zurückgenommene Markierung wieder gelten lassen</translation>
    </message>
    <message>
        <source>New marks are by:</source>
        <translation>Neue Markierungen von:</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>falsch-positiv</translation>
    </message>
    <message>
        <source>true anomaly</source>
        <translation>echte Anomalie</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (zurückgenommen)</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::OpenController</name>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reading the rest</source>
        <translation>Der Rest wird gelesen</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::PatternMarkDialog</name>
    <message>
        <source>Mark Lines Matching</source>
        <translation>Zeilen nach Muster markieren</translation>
    </message>
    <message>
        <source>A regular expression (RE2 syntax), matched anywhere in the line</source>
        <translation>Ein regulärer Ausdruck (RE2-Syntax), der irgendwo in der Zeile passt</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>False positive: suppress them</source>
        <translation>Fehlalarm: unterdrücken</translation>
    </message>
    <message>
        <source>True anomaly: always flag them</source>
        <translation>Echte Anomalie: immer melden</translation>
    </message>
    <message>
        <source>&amp;Mark as:</source>
        <translation>Markieren &amp;als:</translation>
    </message>
    <message>
        <source>Every line the pattern matches, in these files and in every file opened later, takes this mark. Lines marked more narrowly (this line, its message, its template) keep their own.</source>
        <translation>Jede Zeile, auf die das Muster passt, in diesen und in allen später geöffneten Dateien, erhält diese Markierung. Enger markierte Zeilen (diese Zeile, ihre Meldung, ihre Vorlage) behalten ihre eigene.</translation>
    </message>
    <message>
        <source>Type the pattern the lines must match.</source>
        <translation>Geben Sie das Muster ein, auf das die Zeilen passen müssen.</translation>
    </message>
    <message>
        <source>Not a valid pattern: %1</source>
        <translation>Kein gültiges Muster: %1</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::RecentInvestigations</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Reopen &amp;Last Investigation</source>
        <translation>&amp;Letzte Untersuchung wieder öffnen</translation>
    </message>
    <message>
        <source>Open the files of the last session again, and train if it was trained</source>
        <translation>Die Dateien der letzten Sitzung wieder öffnen und trainieren, wenn sie trainiert war</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::SearchController</name>
    <message>
        <source>Cannot search for %1: %2</source>
        <translation>Suche nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Searching for %1</source>
        <translation>Suche nach %1</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::TemplatesPanel</name>
    <message>
        <source>%1 FP · %2 TP</source>
        <translation>%1 falsch · %2 echt</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittlerer Score</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Max. Score</translation>
    </message>
    <message>
        <source>Marked lines</source>
        <translation>Markierte Zeilen</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Zuerst gesehen (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
    <message>
        <source>Filter templates by text</source>
        <translation>Vorlagen nach Text filtern</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::TimelineView</name>
    <message>
        <source>Drag to zoom in, double-click to zoom out, click a bucket to show its lines</source>
        <translation>Ziehen zum Vergrößern, Doppelklick zum Verkleinern, Klick auf einen Abschnitt zeigt seine Zeilen</translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::TryLinePanel</name>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>Type or paste log lines here, then Score (Ctrl+Return)</source>
        <translation>Logzeilen hier eingeben oder einfügen, dann Bewerten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Score the lines under the current model (Ctrl+Return)</source>
        <translation>Die Zeilen mit dem aktuellen Modell bewerten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Train &amp; score (Ctrl+T) first: lines are scored by the current model.</source>
        <translation>Zuerst trainieren &amp; bewerten (Strg+T): Zeilen werden mit dem aktuellen Modell bewertet.</translation>
    </message>
    <message>
        <source>Waiting for the running job.</source>
        <translation>Warte auf die laufende Aufgabe.</translation>
    </message>
    <message>
        <source>Nothing to score: type a line first.</source>
        <translation>Nichts zu bewerten: zuerst eine Zeile eingeben.</translation>
    </message>
    <message>
        <source>Cannot score: %1</source>
        <translation>Bewerten nicht möglich: %1</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>%1 % of lines</source>
        <translation>%1 % der Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) scored at threshold %1; marks are not applied here.</source>
        <translation>
            <numerusform>%n Zeile bewertet bei Schwellwert %1; Markierungen gelten hier nicht.</numerusform>
            <numerusform>%n Zeilen bewertet bei Schwellwert %1; Markierungen gelten hier nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>logsleuth::ui::WhyPanel</name>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>suppressed (marked false positive)</source>
        <translation>unterdrückt (als Falsch-Positiv markiert)</translation>
    </message>
    <message>
        <source>confirmed (marked true anomaly)</source>
        <translation>bestätigt (als echte Anomalie markiert)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Share of score</source>
        <translation>Anteil am Score</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Train &amp; score (Ctrl+T), then select a line to see why it scored as it did.</source>
        <translation>Trainieren &amp; bewerten (Strg+T), dann eine Zeile auswählen, um zu sehen, wie ihr Score zustande kommt.</translation>
    </message>
    <message>
        <source>Select a line to see why it scored as it did.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, wie ihr Score zustande kommt.</translation>
    </message>
    <message>
        <source>This line has no score.</source>
        <translation>Diese Zeile hat keinen Score.</translation>
    </message>
    <message>
        <source>Cannot explain this line: %1</source>
        <translation>Diese Zeile lässt sich nicht erklären: %1</translation>
    </message>
    <message>
        <source>score –</source>
        <translation>Score –</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %L1</translation>
    </message>
    <message>
        <source>%1%2 — threshold %3%4 — %5</source>
        <translation>%1%2 — Schwellwert %L3%4 — %5</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%L1 (%L2 %)</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>unerwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>every component logs this template alike</source>
        <translation>alle Komponenten protokollieren diese Vorlage gleichermaßen</translation>
    </message>
    <message>
        <source>the line does not have its file&apos;s layout</source>
        <translation>die Zeile hat nicht das Format ihrer Datei</translation>
    </message>
    <message>
        <source> — the text alone scored %1</source>
        <translation> — der Text allein ergab %1</translation>
    </message>
    <message>
        <source> — routine: the training log wrote this message all along; the text alone scored %1</source>
        <translation> — Routine: das Trainingsprotokoll schrieb diese Meldung durchgehend; der Text allein ergab %1</translation>
    </message>
    <message>
        <source>this template is seldom logged at this level</source>
        <translation>diese Vorlage wird selten mit dieser Stufe protokolliert</translation>
    </message>
    <message>
        <source> — ranked by its level %1, above the log&apos;s usual one; the text alone scored %2</source>
        <translation> — nach seiner Stufe %1 eingeordnet, über der üblichen des Logs; der Text allein ergab %2</translation>
    </message>
    <message>
        <source> — a line in which the log describes itself (a directive such as #Fields:), not an event: it scores 0; the text alone scored %1</source>
        <translation> — eine Zeile, in der das Log sich selbst beschreibt (eine Direktive wie #Fields:), kein Ereignis: sie erhält 0; der Text allein ergab %1</translation>
    </message>
</context>
</TS>
