import { useQuery } from "@tanstack/react-query";
import { workspaceFiguresApi } from "./workspace-figures.api";
import { workspaceFiguresKeys } from "./workspace-figures.keys";

export const useWorkspaceFigures = () =>
  useQuery({ queryKey: workspaceFiguresKeys.all, queryFn: workspaceFiguresApi.get });
