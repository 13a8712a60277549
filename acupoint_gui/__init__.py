"""Acupoint: guided self-acupressure for hip and low back pain."""

__version__ = "0.1.0"
