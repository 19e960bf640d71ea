#!/usr/bin/env bash
# Builds the Debian package with CPack, checks its metadata, unpacks it into an empty folder with
# dpkg -x and runs the unpacked casebook-cli.  Usage: test_deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/casebook_*.deb)
info=$(dpkg-deb -I "$deb")
echo "$info" | grep -q "Package: casebook" || { echo "no Package field"; exit 1; }
echo "$info" | grep -q "Section: education" || { echo "no Section field"; exit 1; }
echo "$info" | grep -Eq "Depends:.*libqt6(widgets|core)6" || { echo "Depends lacks Qt: $info"; exit 1; }
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/casebook usr/bin/casebook-cli usr/share/applications/casebook.desktop \
         usr/share/icons/hicolor/scalable/apps/casebook.svg usr/share/icons/hicolor/48x48/apps/casebook.png \
         usr/share/casebook/schemas/findings.schema.json usr/share/doc/casebook/user-guide.md; do
    [ -e "$work/root/$f" ] || { echo "missing $f"; exit 1; }
done
version=$("$work/root/usr/bin/casebook-cli" --version)
echo "$version" | grep -q "^casebook-cli " || { echo "unexpected --version: $version"; exit 1; }
grep -q "^Exec=casebook" "$work/root/usr/share/applications/casebook.desktop"
echo "ok: $(basename "$deb"): $version"
