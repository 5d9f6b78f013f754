#!/usr/bin/env bash
# Creates the platform secrets the function app reads through Key Vault references (modules/functionapp.bicep) when
# they are missing from the vault, with random values that are never printed, never passed on a command line (az reads
# them from a file descriptor) and never written to disk. Existing secrets are left as they are, so running it again
# changes nothing; a secret in the vault's recycle bin (deleted, recoverable) is recovered rather than replaced.
#
#   auth-signing-key                HS256 key of access tokens (Auth:SigningKey): 48 random bytes, base64
#   encryption-key-k1               AES-256-GCM key k1 (Encryption:Keys:k1): 32 random bytes, base64
#   bootstrap-super-admin-password  first super admin's password (Bootstrap:SuperAdminPassword), read once by the
#                                   operator (infra/README.md)
#   retell-api-key                  a random placeholder, tagged placeholder=true, until the operator sets the Retell
#                                   platform key: a missing secret would leave the reference unresolved, and the app
#                                   refuses to start with an unresolved reference
#   mail-password                   a random placeholder, tagged placeholder=true, until the operator sets the SMTP
#                                   password (Mail:Password), for the same reason
# Needs AZURE_KEY_VAULT_NAME (a Bicep output); the deploying principal is Key Vault Secrets Officer (rbac.bicep).
set -euo pipefail

vault="${AZURE_KEY_VAULT_NAME:?AZURE_KEY_VAULT_NAME is not set: run azd provision first}"

random_base64() { openssl rand -base64 "$1" | tr -d '\n'; }
# 24 random bytes and one of each character class the admin password policy asks for.
random_password() { printf '%s%s' "$(random_base64 24)" 'aA1!'; }
random_placeholder() { openssl rand -hex 32 | tr -d '\n'; }

# Whether the secret exists: 0 yes, 1 no (or deleted and now recovered: 0), retrying while the role assignment of the
# deploying principal on the vault propagates (minutes at most).
exists() {
    local name="$1" output
    for _ in $(seq 1 30); do
        if output="$(az keyvault secret show --vault-name "$vault" --name "$name" --query id -o tsv 2>&1)"; then
            return 0
        fi
        case "$output" in
            *SecretNotFound*)
                if az keyvault secret show-deleted --vault-name "$vault" --name "$name" --query recoveryId -o tsv >/dev/null 2>&1; then
                    echo "Recovering $name from the vault's deleted secrets." >&2
                    az keyvault secret recover --vault-name "$vault" --name "$name" -o none
                    return 0
                fi
                return 1
                ;;
            *Forbidden*|*Unauthorized*|*NotAuthorized*)
                echo "Waiting for the Key Vault role assignment to apply..." >&2
                sleep 10
                ;;
            *)
                echo "$output" >&2
                return 2
                ;;
        esac
    done
    echo "Still not allowed to read secrets of $vault: check the Key Vault Secrets Officer assignment (rbac.bicep)." >&2
    return 2
}

# ensure NAME GENERATOR [TAGS...]: creates the secret from GENERATOR's output when it does not exist.
ensure() {
    local name="$1" generator="$2" status=0
    shift 2
    exists "$name" || status=$?
    case "$status" in
        0) echo "Secret $name: present, kept." ;;
        1)
            az keyvault secret set --vault-name "$vault" --name "$name" --file <($generator) --encoding utf-8 \
                --tags created-by=postprovision "$@" -o none
            echo "Secret $name: created with a random value."
            ;;
        *) exit 1 ;;
    esac
}

ensure auth-signing-key "random_base64 48"
ensure encryption-key-k1 "random_base64 32"
ensure bootstrap-super-admin-password random_password
ensure retell-api-key random_placeholder placeholder=true
ensure mail-password random_placeholder placeholder=true
