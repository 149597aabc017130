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

jpackage --type app-image --name sortes --app-version "$VERSION" --vendor "Sortes" \
    --description "Notarised live draws for double-random spot checks" \
    --input target/jpackage-input --main-jar sortes.jar --main-class org.sortes.app.Launcher \
    --module-path target/jpackage-fx \
    --add-modules javafx.controls,javafx.fxml,java.sql,java.naming,java.desktop,java.logging,java.management,java.scripting,java.xml,java.xml.crypto,java.security.jgss,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata,jdk.crypto.ec \
    --jlink-options '--strip-debug --no-man-pages --no-header-files --generate-cds-archive' \
    --java-options "$OPTS" \
    --dest target/installer

# Class data of what a session loads, mapped at start instead of read from the jars and checked
# class by class (decision 0020): a scripted demo session through the command line lists the
# classes (lib/app/sortes.classlist, shipped), the runtime archives them against the launcher's
# own class path, and the launcher maps the archive. JDK 17 takes an archive only at the path it
# was made for: this image's is made here, the package's by its postinst where it is installed.
# Without a usable archive the JVM loads classes as before, silently. The runtime keeps its modules
# uncompressed and its own archive for the same reason.
IMAGE=target/installer/sortes
APP="$IMAGE/lib/app"
TRAIN=$(mktemp -d)
trap 'rm -rf "$TRAIN"' EXIT
n=0
train() {
    n=$((n + 1))
    (cd "$TRAIN" && JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$TRAIN/$n.classes" \
        "$OLDPWD/$IMAGE/bin/sortes" --db "$TRAIN/demo.sortes.db" "$@" > "$TRAIN/$n.out" 2>&1) \
        || { echo "training step failed: $*" >&2; cat "$TRAIN/$n.out" >&2; exit 1; }
}
train demo
train --operator 王抽签 plan create --file "$PWD/assets/demo/plan-demo.json"
train freeze -s 1
train commit -s 1 --secret-out secret-1.txt
train notice -s 1 --out notice-1.pdf
train entropy add -s 1 --name 张公证 --role notary --digits "3 1 4 1 5 9 2 6 5 3"
train entropy add -s 1 --name 李代表 --role npc_deputy --digits 2718281828
train beacon -s 1 --value 517
train reveal -s 1 --secret-file secret-1.txt
train draw -s 1
train lock -s 1
train proof export -s 1 --out proof-1.json
train verify proof-1.json
train minutes -s 1 --out minutes-1.pdf
train verify minutes-1.pdf
train letters -s 1 --out letters-1.pdf
train announce -s 1 --out-dir announcement
train stats
for list in "$TRAIN"/*.classes; do
    # a list cut short by the process's exit ends in half a line: the dump refuses such a list
    if [ -n "$(tail -c 1 "$list")" ]; then head -n -1 "$list"; else cat "$list"; fi
done | grep -v '^#' | awk '!seen[$0]++' > "$APP/sortes.classlist"
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/sortes.jsa' >> "$APP/sortes.cfg"

if [ "$TYPE" = deb ]; then
    cp -a "$IMAGE" "$TRAIN/sortes"
    jpackage --type deb --app-image "$TRAIN/sortes" --name sortes --app-version "$VERSION" --vendor "Sortes" \
        --description "Notarised live draws for double-random spot checks" \
        --linux-package-deps 'libgtk-3-0, libgl1, libxtst6, fonts-hanazono' --linux-shortcut --linux-menu-group Office \
        --resource-dir installer/deb --dest target/installer
fi

JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$APP/sortes.classlist -XX:SharedArchiveFile=$PWD/$APP/sortes.jsa" \
    "$IMAGE/bin/sortes" > "$TRAIN/dump.out" 2>&1 || { cat "$TRAIN/dump.out" >&2; exit 1; }
JAVA_TOOL_OPTIONS="-Xlog:class+load=info" "$IMAGE/bin/sortes" --help > "$TRAIN/loaded.out" 2>&1
grep -q 'source: shared objects file' "$TRAIN/loaded.out" \
    || { echo "the launcher does not map $APP/sortes.jsa" >&2; exit 1; }
ls -la target/installer
