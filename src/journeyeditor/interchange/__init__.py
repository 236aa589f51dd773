from .jsonio import FORMAT_VERSION, InterchangeError, project_from_json, project_to_dict, project_to_json

__all__ = ["FORMAT_VERSION", "InterchangeError", "project_from_json", "project_to_dict", "project_to_json"]
