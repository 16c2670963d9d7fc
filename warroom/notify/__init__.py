"""Sending a status update: clipboard, e-mail over SMTP, chat webhook.

Import the submodules directly (``warroom.notify.channels``,
``warroom.notify.secrets``). This package module stays empty on purpose: the app
imports it while starting, and the keyring, ssl and e-mail machinery should only
load when the communicator actually sends something.
"""
