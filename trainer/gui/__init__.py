"""The desktop app: Qt widgets only; every action calls a core service."""
