#!/bin/sh
# Makes the test certificates of the sync tests in $1 with the openssl CLI:
# the platform CA, a server and a client certificate from it, an expired
# server certificate from it, and an unrelated CA with its own server
# certificate. EC P-256 keys keep it fast.
set -eu
dir=$1
mkdir -p "$dir/newcerts"
cd "$dir"
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
ca() { # name subject
    key "$1.key"
    openssl req -x509 -new -key "$1.key" -subj "/CN=$2" -days 30 -out "$1.pem" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
}
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > server.ext
printf 'extendedKeyUsage=clientAuth\n' > client.ext
issue() { # ca name subject ext
    key "$2.key"
    openssl req -new -key "$2.key" -subj "/CN=$3" -out "$2.csr"
    openssl x509 -req -in "$2.csr" -CA "$1.pem" -CAkey "$1.key" -CAcreateserial -days 30 -extfile "$4" \
        -out "$2.pem" 2>/dev/null
}
ca ca "Yichuang Test Platform CA"
ca other-ca "Unrelated CA"
issue ca server localhost server.ext
issue ca client hall-01 client.ext
issue other-ca other-server localhost server.ext
# The expired one needs explicit dates: openssl ca takes them.
key expired-server.key
openssl req -new -key expired-server.key -subj /CN=localhost -out expired-server.csr
: > index.txt
echo 1000 > serial
cat > ca.cnf <<CNF
[ ca ]
default_ca = testca
[ testca ]
database = index.txt
new_certs_dir = newcerts
serial = serial
default_md = sha256
policy = anything
[ anything ]
commonName = supplied
CNF
openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in expired-server.csr -out expired-server.pem \
    -startdate 20200101000000Z -enddate 20200201000000Z -notext -extfile server.ext 2>/dev/null
printf 'yichuang-test-signing-key-0123456789' > signing.key
