import { useQuery } from "@tanstack/react-query";
import { practiceApi } from "./practice.api";
import { practiceKeys } from "./practice.keys";

export const useMyPractice = () => useQuery({ queryKey: practiceKeys.mine, queryFn: practiceApi.mine });
