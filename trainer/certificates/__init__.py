"""Certificates: who may get one, the signed statement it carries, the printed page, and checking it offline.

eligibility  the rules (course passed, workshop attendance) and why someone is not eligible yet
codes        the short code printed on a certificate (TRN-7K3Q-M9XA)
keys         the organization's Ed25519 key pair (always encrypted), and public keys trusted or offered
statement    the compact signed statement: the frozen facts a certificate states
organization the organization's name and logo printed on certificates
pdf          the printed page (A4 or Letter, landscape) with the QR code as one vector path
issuing      issuing, re-issuing, batch printing, revoking and listing certificates
revocation   the organization's signature on a revocation, so it can travel and be trusted elsewhere
verification checking a code, a statement or a PDF: valid, altered, revoked, unknown key, unknown code, and
             whether a PDF's page shows what its statement signed
"""
