#!/usr/bin/env bash
# Builds a self-contained Linux app image and a .deb of Sortes with jpackage (JDK 17), as verified in
# shared/STACK.md: JavaFX jars from Maven (linux classifier) on the module path, modules listed by hand
# (jdeps cannot read the POI jars), ControlsFX's --add-exports/--add-opens as java options.
# Usage: installer/build-linux.sh [app-image|deb]   (default: app-image). Output in target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE="${1:-app-image}"
VERSION=0.1.0

mvn -q -B -DskipTests package
rm -rf target/installer target/jpackage-input
mkdir -p target/installer target/jpackage-input target/jpackage-fx
cp target/sortes.jar target/jpackage-input/
for jar in target/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*-linux.jar) cp "$jar" target/jpackage-fx/ ;;
        javafx-*) ;;                                  # the platform-less javafx jars are empty shells
        *) cp "$jar" target/jpackage-input/ ;;
    esac
done

# short collector pauses: the default target (200 ms) let G1 grow pauses the hall could see as
# stutters during a million-subject freeze and draw (docs/benchmarks.md, stop 20)
OPTS="-Dfile.encoding=UTF-8 -XX:MaxGCPauseMillis=30"
for flag in --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED \
            --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED \
            --add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED \
            --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED \
            --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED; do
    OPTS="$OPTS $flag"
done

EXTRA=()
if [ "$TYPE" = deb ]; then
    EXTRA=(--linux-package-deps 'libgtk-3-0, libgl1, libxtst6, fonts-hanazono' --linux-shortcut --linux-menu-group Office)
fi

jpackage --type "$TYPE" --name sortes --app-version "$VERSION" --vendor "Sortes" \
    --description "Notarised live draws for double-random spot checks" \
    --input target/jpackage-input --main-jar sortes.jar --main-class org.sortes.app.Launcher \
    --module-path target/jpackage-fx \
    --add-modules javafx.controls,javafx.fxml,java.sql,java.naming,java.desktop,java.logging,java.management,java.scripting,java.xml,java.xml.crypto,java.security.jgss,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata,jdk.crypto.ec \
    --jlink-options '--strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=2' \
    --java-options "$OPTS" \
    "${EXTRA[@]}" \
    --dest target/installer
ls -la target/installer
